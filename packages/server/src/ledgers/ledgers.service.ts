import type { Actor } from '../auth/actor.js';
import { scopeOf } from '../auth/actor.js';
import type { Db } from '../db/database.js';
import { getCurrentPlan } from '../plan/plans.service.js';
import { findLedgersWithCounts } from './ledgers.repository.js';

/** The five ledgers; `itemCount` counts the items the caller can see (a department: its own). */
export async function listLedgers(db: Db, actor: Actor) {
  const plan = await getCurrentPlan(db, actor);
  const rows = await findLedgersWithCounts(db, plan.id, scopeOf(actor));
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    name: row.name,
    shortName: row.shortName,
    description: row.description,
    plannedCount: row.plannedCount,
    itemCount: Number(row.itemCount),
    version: row.version,
  }));
}

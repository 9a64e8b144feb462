import type { Actor, RequestContext } from '../auth/actor.js';
import { scopeOf } from '../auth/actor.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Db } from '../db/database.js';
import { getCurrentPlan } from '../plan/plans.service.js';
import { AppError, notFound } from '../shared/app-error.js';
import { nowIso } from '../shared/clock.js';
import type { LedgerKind } from '@plantrack/contract/enums';
import { findLedgerOfPlan, findLedgersWithCounts, updateLedgerIfVersion } from './ledgers.repository.js';
import { ledgerSnapshot, presentLedger } from './ledgers.presenter.js';
import type { Ledger, LedgerPatch } from '@plantrack/contract/ledgers/ledgers.contract';

/** The five ledgers; `itemCount` counts the items the caller can see (a department: its own). */
export async function listLedgers(db: Db, actor: Actor): Promise<Ledger[]> {
  const plan = await getCurrentPlan(db, actor);
  const rows = await findLedgersWithCounts(db, plan.id, scopeOf(actor));
  return rows.map((row) => presentLedger(row, Number(row.itemCount)));
}

export async function getLedger(db: Db, actor: Actor, kind: LedgerKind) {
  const ledger = (await listLedgers(db, actor)).find((row) => row.kind === kind);
  if (!ledger) throw notFound('ledger', kind);
  return ledger;
}

/** The office renames or re-describes a ledger of the current plan; its kind (the stable id) never changes. */
export async function updateLedger(db: Db, ctx: RequestContext, kind: LedgerKind, patch: LedgerPatch) {
  await db.transaction().execute(async (trx) => {
    const plan = await getCurrentPlan(trx, ctx.actor);
    const before = await findLedgerOfPlan(trx, plan.id, kind);
    if (!before) throw notFound('ledger', kind);
    const { version, ...changes } = patch;
    const updated = await updateLedgerIfVersion(trx, before.id, version, { ...changes, updatedAt: nowIso() });
    if (!updated) throw new AppError('STALE_VERSION', { currentVersion: before.version });
    await recordAudit(trx, ctx, {
      action: 'ledger.update',
      entityType: 'ledger',
      entityId: before.id,
      before: ledgerSnapshot(before),
      after: ledgerSnapshot(updated),
    });
  });
  return getLedger(db, ctx.actor, kind);
}

import type { MilestoneBasis } from '@plantrack/domain';
import { insertRows } from '../db/bulk-insert.js';
import type { Db } from '../db/database.js';

export async function findQuarterlyPlansOfItem(db: Db, itemId: number) {
  return db.selectFrom('quarterlyPlans').selectAll().where('itemId', '=', itemId).orderBy('period').execute();
}

export type QuarterlyPlanRow = Awaited<ReturnType<typeof findQuarterlyPlansOfItem>>[number];

// A type, not an interface: rows for insertJsonRows must be plain records.
export type NewQuarterlyPlan = {
  itemId: number;
  period: string;
  milestone: string | null;
  cumulativeBp: number | null;
  basis: MilestoneBasis | null;
  createdAt: string;
  updatedAt: string;
};

export async function insertQuarterlyPlan(db: Db, row: NewQuarterlyPlan) {
  return db.insertInto('quarterlyPlans').values(row).returningAll().executeTakeFirstOrThrow();
}

/** Many new plans (an import's) in a few statements. */
export async function insertQuarterlyPlans(db: Db, rows: readonly NewQuarterlyPlan[]): Promise<void> {
  await insertRows(db, 'quarterlyPlans', rows);
}

export async function updateQuarterlyPlanIfVersion(
  db: Db,
  id: number,
  version: number,
  changes: { milestone: string | null; cumulativeBp: number | null; basis: MilestoneBasis | null; updatedAt: string },
) {
  return db
    .updateTable('quarterlyPlans')
    .set({ ...changes, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
}

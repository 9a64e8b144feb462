import type { Db } from '../db/database.js';

export async function findQuarterlyPlansOfItem(db: Db, itemId: number) {
  return db.selectFrom('quarterlyPlans').selectAll().where('itemId', '=', itemId).orderBy('period').execute();
}

export type QuarterlyPlanRow = Awaited<ReturnType<typeof findQuarterlyPlansOfItem>>[number];

export async function insertQuarterlyPlan(
  db: Db,
  row: { itemId: number; period: string; milestone: string | null; cumulativeBp: number | null; createdAt: string; updatedAt: string },
) {
  return db.insertInto('quarterlyPlans').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function updateQuarterlyPlanIfVersion(
  db: Db,
  id: number,
  version: number,
  changes: { milestone: string | null; cumulativeBp: number | null; updatedAt: string },
) {
  return db
    .updateTable('quarterlyPlans')
    .set({ ...changes, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
}

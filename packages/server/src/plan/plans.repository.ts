import type { Updateable } from 'kysely';
import type { Db } from '../db/database.js';
import { selectWithTemplate } from '../db/query-templates.js';
import type { AreaTable, PlanTable } from '../db/schema.js';

/** The organisation's current plan: the latest one it runs (a city runs one plan at a time). */
export async function findCurrentPlan(db: Db, organisationId: number) {
  const [plan] = await selectWithTemplate(db, 'plans.current', [organisationId] as const, ([organisation]) =>
    db.selectFrom('plans').selectAll().where('organisationId', '=', organisation).orderBy('startYear', 'desc').orderBy('id', 'desc'),
  );
  return plan;
}

export async function findAreasOfPlan(db: Db, planId: number) {
  return db.selectFrom('areas').selectAll().where('planId', '=', planId).orderBy('sortOrder').execute();
}

/** Applies the change only when `version` still matches; undefined means stale. */
export async function updatePlanIfVersion(db: Db, id: number, version: number, changes: Updateable<PlanTable>) {
  return db
    .updateTable('plans')
    .set({ ...changes, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
}

export async function findAreaOfPlan(db: Db, planId: number, id: number) {
  return db.selectFrom('areas').selectAll().where('planId', '=', planId).where('id', '=', id).executeTakeFirst();
}

export type AreaRow = NonNullable<Awaited<ReturnType<typeof findAreaOfPlan>>>;

/** Applies the change only when `version` still matches; undefined means stale. */
export async function updateAreaIfVersion(db: Db, id: number, version: number, changes: Updateable<AreaTable>) {
  return db
    .updateTable('areas')
    .set({ ...changes, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
}

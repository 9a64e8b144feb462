import type { Db } from '../db/database.js';

/**
 * Which items of a plan have a milestone in the given quarters (a year's four), one query for the
 * whole plan: only quarters that say something (a milestone or a planned %). The roadmap counts them;
 * the milestones themselves are read one cell at a time (`findCellPlannedQuarters`).
 */
export async function findPlannedQuarters(db: Db, planId: number, periods: readonly string[]) {
  if (periods.length === 0) return [];
  return db
    .selectFrom('quarterlyPlans as q')
    .innerJoin('items', 'items.id', 'q.itemId')
    .select(['q.itemId', 'q.period'])
    .where('items.planId', '=', planId)
    .where('q.period', 'in', [...periods])
    .where((eb) => eb.or([eb('q.milestone', 'is not', null), eb('q.cumulativeBp', 'is not', null)]))
    .orderBy('q.period')
    .orderBy('q.itemId')
    .execute();
}

/** The milestones of one area (null: items outside every area) in one quarter, by item code. */
export async function findCellPlannedQuarters(db: Db, planId: number, areaId: number | null, period: string) {
  return db
    .selectFrom('quarterlyPlans as q')
    .innerJoin('items', 'items.id', 'q.itemId')
    .select(['q.itemId', 'q.milestone', 'q.cumulativeBp'])
    .where('items.planId', '=', planId)
    .where((eb) => (areaId === null ? eb('items.areaId', 'is', null) : eb('items.areaId', '=', areaId)))
    .where('q.period', '=', period)
    .where((eb) => eb.or([eb('q.milestone', 'is not', null), eb('q.cumulativeBp', 'is not', null)]))
    .orderBy('items.code')
    .orderBy('q.itemId')
    .execute();
}

export type CellPlannedQuarterRow = Awaited<ReturnType<typeof findCellPlannedQuarters>>[number];

import type { Db } from '../db/database.js';

/**
 * The quarterly advancement plans of a plan's items in the given quarters (a year's four), one
 * query for the whole plan: only quarters that say something (a milestone or a planned %).
 */
export async function findPlannedQuarters(db: Db, planId: number, periods: readonly string[]) {
  if (periods.length === 0) return [];
  return db
    .selectFrom('quarterlyPlans as q')
    .innerJoin('items', 'items.id', 'q.itemId')
    .select(['q.itemId', 'q.period', 'q.milestone', 'q.cumulativeBp'])
    .where('items.planId', '=', planId)
    .where('q.period', 'in', [...periods])
    .where((eb) => eb.or([eb('q.milestone', 'is not', null), eb('q.cumulativeBp', 'is not', null)]))
    .orderBy('q.period')
    .orderBy('q.itemId')
    .execute();
}

export type PlannedQuarterRow = Awaited<ReturnType<typeof findPlannedQuarters>>[number];

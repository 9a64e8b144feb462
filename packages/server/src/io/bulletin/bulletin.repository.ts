import type { Db } from '../../db/database.js';

/**
 * Facts the quarterly bulletin needs that no screen lists yet: the supervision orders that were live
 * in the quarter, the lagging items with their leader, lead department and the problem their approved
 * report states (存在问题), whether the quarter has any approved report, and the indicators' approved
 * values up to the quarter with their provincial ranks.
 */

/** Orders issued before the quarter ended and not closed before it began. `from`/`to`: ISO instants. */
export async function findSupervisionOrdersOfQuarter(db: Db, planId: number, from: string, to: string) {
  return db
    .selectFrom('supervisionOrders as so')
    .innerJoin('items', 'items.id', 'so.itemId')
    .leftJoin('departments as lead', 'lead.id', 'items.leadDepartmentId')
    .select([
      'so.id',
      'so.code',
      'so.reason',
      'so.replyBy',
      'so.status',
      'so.createdAt',
      'items.code as itemCode',
      'items.title as itemTitle',
      'lead.shortName as departmentName',
    ])
    .where('items.planId', '=', planId)
    .where('so.createdAt', '<', to)
    .where((eb) => eb.or([eb('so.closedAt', 'is', null), eb('so.closedAt', '>=', from)]))
    .orderBy('so.createdAt')
    .orderBy('so.id')
    .execute();
}

/** In batches of 1,000 ids: a 4,000-item city may have more lagging items than a statement takes parameters comfortably. */
export async function findItemsWithReportProblems(db: Db, planId: number, itemIds: number[], period: string) {
  const rows = [];
  for (let start = 0; start < itemIds.length; start += 1000) {
    const batch = itemIds.slice(start, start + 1000);
    const [items, reports] = await Promise.all([
      db
        .selectFrom('items')
        .leftJoin('departments as lead', 'lead.id', 'items.leadDepartmentId')
        .leftJoin('people as leader', 'leader.id', 'items.leaderPersonId')
        .select(['items.id', 'items.code', 'items.title', 'lead.shortName as departmentName', 'leader.name as leaderName'])
        .where('items.planId', '=', planId)
        .where('items.id', 'in', batch)
        .execute(),
      db
        .selectFrom('progressReports')
        .select(['itemId', 'problems'])
        .where('itemId', 'in', batch)
        .where('period', '=', period)
        .where('state', '=', 'approved')
        .execute(),
    ]);
    const problems = new Map(reports.map((report) => [report.itemId, report.problems]));
    rows.push(...items.map((item) => ({ ...item, reportProblems: problems.get(item.id) ?? null })));
  }
  return rows;
}

/** How many of the plan's progress reports for `period` the office has approved (0: nothing to judge by). */
export async function countApprovedReports(db: Db, planId: number, period: string): Promise<number> {
  const row = await db
    .selectFrom('progressReports')
    .innerJoin('items', 'items.id', 'progressReports.itemId')
    .select((eb) => eb.fn.countAll<string | number>().as('count'))
    .where('items.planId', '=', planId)
    .where('progressReports.period', '=', period)
    .where('progressReports.state', '=', 'approved')
    .executeTakeFirst();
  return Number(row?.count ?? 0);
}

/** Approved indicator values up to and including `period`, oldest first. */
export async function findApprovedIndicatorValuesUpTo(db: Db, planId: number, period: string) {
  return db
    .selectFrom('indicatorValues as v')
    .innerJoin('indicators', 'indicators.id', 'v.indicatorId')
    .select(['v.indicatorId', 'v.period', 'v.value', 'v.provincialRank'])
    .where('indicators.planId', '=', planId)
    .where('v.state', '=', 'approved')
    .where('v.period', '<=', period)
    .orderBy('v.period')
    .execute();
}

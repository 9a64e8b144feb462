import type { Db } from '../../db/database.js';

/**
 * Facts the quarterly bulletin needs that no screen lists yet: the supervision orders that were live
 * in the quarter, and for lagging items their lead department and what their approved report says
 * the problem is (存在问题).
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

export async function findItemsWithReportProblems(db: Db, planId: number, itemIds: number[], period: string) {
  if (itemIds.length === 0) return [];
  const [items, reports] = await Promise.all([
    db
      .selectFrom('items')
      .leftJoin('departments as lead', 'lead.id', 'items.leadDepartmentId')
      .select(['items.id', 'items.code', 'items.title', 'lead.shortName as departmentName'])
      .where('items.planId', '=', planId)
      .where('items.id', 'in', itemIds)
      .execute(),
    db
      .selectFrom('progressReports')
      .select(['itemId', 'problems'])
      .where('itemId', 'in', itemIds)
      .where('period', '=', period)
      .where('state', '=', 'approved')
      .execute(),
  ]);
  const problems = new Map(reports.map((report) => [report.itemId, report.problems]));
  return items.map((item) => ({ ...item, reportProblems: problems.get(item.id) ?? null }));
}

export async function findOrganisationName(db: Db, organisationId: number): Promise<string> {
  const row = await db.selectFrom('organisations').select('name').where('id', '=', organisationId).executeTakeFirst();
  return row?.name ?? '';
}

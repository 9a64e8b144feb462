import type { Db } from '../db/database.js';
import type { ItemFilter } from '../items/items.repository.js';
import { filterItems } from '../items/items.repository.js';

/**
 * The facts status evaluation needs, fetched for the whole (scoped) plan in a constant number of
 * queries: items with their chain, their quarterly plans, approved reports up to the period.
 */
export async function findItemsToEvaluate(db: Db, filter: ItemFilter) {
  return filterItems(db.selectFrom('items'), filter)
    .leftJoin('areas', 'areas.id', 'items.areaId')
    .leftJoin('departments as lead', 'lead.id', 'items.leadDepartmentId')
    .leftJoin('people as leader', 'leader.id', 'items.leaderPersonId')
    .select([
      'items.id',
      'items.code',
      'items.title',
      'items.startDate',
      'items.deadline',
      'items.areaId',
      'areas.code as areaCode',
      'areas.numeral as areaNumeral',
      'areas.title as areaTitle',
      'areas.sortOrder as areaSortOrder',
      'items.leadDepartmentId',
      'lead.shortName as leadDepartmentShortName',
      'items.leaderPersonId',
      'leader.name as leaderName',
    ])
    .orderBy('areas.sortOrder')
    .orderBy('items.code')
    .execute();
}

export type ItemToEvaluate = Awaited<ReturnType<typeof findItemsToEvaluate>>[number];

export async function findPlannedPercents(db: Db, planId: number, itemIds?: number[]) {
  let query = db
    .selectFrom('quarterlyPlans')
    .innerJoin('items', 'items.id', 'quarterlyPlans.itemId')
    .select(['quarterlyPlans.itemId', 'quarterlyPlans.period', 'quarterlyPlans.cumulativeBp'])
    .where('items.planId', '=', planId)
    .where('quarterlyPlans.cumulativeBp', 'is not', null);
  if (itemIds) query = query.where('items.id', 'in', itemIds.length > 0 ? itemIds : [-1]);
  return query.execute();
}

/** Reports of the plan up to and including `period`, any state, oldest first. */
export async function findReportsUpTo(db: Db, planId: number, period: string, itemIds?: number[]) {
  let query = db
    .selectFrom('progressReports as r')
    .innerJoin('items', 'items.id', 'r.itemId')
    .innerJoin('reportingCycles as c', 'c.id', 'r.cycleId')
    .select([
      'r.id',
      'r.itemId',
      'r.period',
      'r.state',
      'r.progressState',
      'r.completionBp',
      'r.submittedAt',
      'r.qualityRating',
      'r.overrideStatus',
      'r.overrideReason',
      'c.deadline as cycleDeadline',
    ])
    .where('items.planId', '=', planId)
    .where('r.period', '<=', period)
    .orderBy('r.period');
  if (itemIds) query = query.where('items.id', 'in', itemIds.length > 0 ? itemIds : [-1]);
  return query.execute();
}

export type ReportFact = Awaited<ReturnType<typeof findReportsUpTo>>[number];

export async function findLedgerMemberships(db: Db, planId: number) {
  return db
    .selectFrom('ledgerItems')
    .innerJoin('ledgers', 'ledgers.id', 'ledgerItems.ledgerId')
    .select(['ledgerItems.itemId', 'ledgers.kind', 'ledgers.shortName'])
    .where('ledgers.planId', '=', planId)
    .execute();
}

export async function findCoDepartmentLinks(db: Db, planId: number) {
  return db
    .selectFrom('itemCoDepartments')
    .innerJoin('items', 'items.id', 'itemCoDepartments.itemId')
    .select(['itemCoDepartments.itemId', 'itemCoDepartments.departmentId'])
    .where('items.planId', '=', planId)
    .execute();
}

export async function findOpenSupervisionOrders(db: Db, planId: number) {
  return db
    .selectFrom('supervisionOrders as o')
    .innerJoin('items', 'items.id', 'o.itemId')
    .select(['o.id', 'o.code', 'o.itemId', 'o.replyBy', 'o.status', 'o.closedAt', 'items.title as itemTitle', 'items.leadDepartmentId'])
    .where('items.planId', '=', planId)
    .execute();
}

/** Provincial ranks (位次) of the plan's indicators reported up to `period`, approved only, oldest first. */
export async function findIndicatorRanksUpTo(db: Db, planId: number, period: string) {
  return db
    .selectFrom('indicatorValues as v')
    .innerJoin('indicators', 'indicators.id', 'v.indicatorId')
    .innerJoin('items', 'items.id', 'indicators.itemId')
    .select(['v.indicatorId', 'v.period', 'v.provincialRank', 'items.leadDepartmentId'])
    .where('indicators.planId', '=', planId)
    .where('v.state', '=', 'approved')
    .where('v.provincialRank', 'is not', null)
    .where('v.period', '<=', period)
    .orderBy('v.period')
    .execute();
}

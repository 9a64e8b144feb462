import type { Db } from '../db/database.js';

export async function findLedgerMemberships(db: Db, planId: number) {
  return db
    .selectFrom('ledgerItems')
    .innerJoin('ledgers', 'ledgers.id', 'ledgerItems.ledgerId')
    .select(['ledgerItems.itemId', 'ledgers.kind', 'ledgers.shortName'])
    .where('ledgers.planId', '=', planId)
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

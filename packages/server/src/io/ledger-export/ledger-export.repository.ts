import type { Db } from '../../db/database.js';
import type { ItemFilter } from '../../items/items.repository.js';
import { filterItems } from '../../items/items.repository.js';

/**
 * What a ledger export needs beyond the item list (items.repository's findItemPage): quarterly plans
 * and indicators of the filtered items, each in one query with the filter as a subquery, so an export
 * of thousands of items never builds a long IN list.
 */
function filteredItemIds(db: Db, filter: ItemFilter) {
  return filterItems(db, filter).select('items.id');
}

export async function findQuarterlyPlansForExport(db: Db, filter: ItemFilter) {
  return db
    .selectFrom('quarterlyPlans')
    .select(['itemId', 'period', 'milestone', 'cumulativeBp', 'basis'])
    .where('itemId', 'in', filteredItemIds(db, filter))
    .orderBy('period')
    .execute();
}

export type ExportQuarterlyPlan = Awaited<ReturnType<typeof findQuarterlyPlansForExport>>[number];

export async function findIndicatorsForExport(db: Db, filter: ItemFilter) {
  return db.selectFrom('indicators').selectAll().where('itemId', 'in', filteredItemIds(db, filter)).execute();
}

export async function findYearlyTargetsForExport(db: Db, filter: ItemFilter) {
  return db
    .selectFrom('indicatorYearlyTargets as yt')
    .innerJoin('indicators', 'indicators.id', 'yt.indicatorId')
    .select(['indicators.itemId', 'yt.year', 'yt.value'])
    .where('indicators.itemId', 'in', filteredItemIds(db, filter))
    .orderBy('yt.year')
    .execute();
}

export async function findLedgerOfPlan(db: Db, planId: number, kind: string) {
  return db.selectFrom('ledgers').select(['id', 'kind', 'name']).where('planId', '=', planId).where('kind', '=', kind).executeTakeFirst();
}

export async function findPersonName(db: Db, organisationId: number, id: number): Promise<string | null> {
  const row = await db.selectFrom('people').select('name').where('organisationId', '=', organisationId).where('id', '=', id).executeTakeFirst();
  return row?.name ?? null;
}

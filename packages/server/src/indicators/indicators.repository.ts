import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../db/database.js';
import type { IndicatorTable, IndicatorValueTable, ReportState } from '../db/schema.js';
import type { ItemFilter } from '../items/items.repository.js';
import { filterItems } from '../items/items.repository.js';

/** Indicators are items of the key-indicator ledger: the same filters and scope apply. */
export type IndicatorFilter = ItemFilter & { indicatorId?: number };

function indicatorQuery(db: Db, filter: IndicatorFilter) {
  if (filter.indicatorId === undefined) return filterItems(db, filter).innerJoin('indicators', 'indicators.itemId', 'items.id');
  // One indicator, named by id, is readable retired or not.
  return filterItems(db, { ...filter, retired: 'include' })
    .innerJoin('indicators', 'indicators.itemId', 'items.id')
    .where('indicators.id', '=', filter.indicatorId);
}

export async function countIndicators(db: Db, filter: IndicatorFilter): Promise<number> {
  const row = await indicatorQuery(db, filter)
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .executeTakeFirstOrThrow();
  return Number(row.total);
}

/** A page of indicators in list order; `limit` null: all of them. */
export async function findIndicatorPage(db: Db, filter: IndicatorFilter, limit: number | null, offset: number) {
  const query = indicatorQuery(db, filter)
    .leftJoin('areas', 'areas.id', 'items.areaId')
    .leftJoin('departments as lead', 'lead.id', 'items.leadDepartmentId')
    .leftJoin('departments as source', 'source.id', 'indicators.dataSourceDepartmentId')
    .selectAll('indicators')
    .select([
      'items.code',
      'items.title as name',
      'items.targets as targetText',
      'items.isPublic',
      'items.isSample',
      'areas.code as areaCode',
      'areas.numeral as areaNumeral',
      'areas.title as areaTitle',
      'lead.id as leadDepartmentId',
      'lead.shortName as leadDepartmentShortName',
      'source.shortName as dataSourceDepartmentShortName',
    ])
    .orderBy('areas.sortOrder')
    .orderBy('items.code');
  return (limit === null ? query : query.limit(limit).offset(offset)).execute();
}

export type IndicatorListRow = Awaited<ReturnType<typeof findIndicatorPage>>[number];

export async function findValuesOfIndicators(db: Db, indicatorIds: number[]) {
  if (indicatorIds.length === 0) return [];
  return db.selectFrom('indicatorValues').selectAll().where('indicatorId', 'in', indicatorIds).orderBy('period').execute();
}

export type IndicatorValueRow = Awaited<ReturnType<typeof findValuesOfIndicators>>[number];

export async function findYearlyTargetsOfIndicators(db: Db, indicatorIds: number[]) {
  if (indicatorIds.length === 0) return [];
  return db.selectFrom('indicatorYearlyTargets').selectAll().where('indicatorId', 'in', indicatorIds).orderBy('year').execute();
}

export async function updateIndicatorIfVersion(db: Db, id: number, version: number, changes: Updateable<IndicatorTable>) {
  return db
    .updateTable('indicators')
    .set({ ...changes, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
}

export async function replaceYearlyTargets(db: Db, indicatorId: number, targets: { year: number; value: string }[]): Promise<void> {
  await db.deleteFrom('indicatorYearlyTargets').where('indicatorId', '=', indicatorId).execute();
  if (targets.length > 0)
    await db
      .insertInto('indicatorYearlyTargets')
      .values(targets.map((t) => ({ indicatorId, ...t })))
      .execute();
}

export async function findIndicatorIdOfItem(db: Db, itemId: number): Promise<number | undefined> {
  return (await db.selectFrom('indicators').select('id').where('itemId', '=', itemId).executeTakeFirst())?.id;
}

export async function insertIndicator(db: Db, indicator: Insertable<IndicatorTable>): Promise<number> {
  return (await db.insertInto('indicators').values(indicator).returning('id').executeTakeFirstOrThrow()).id;
}

export async function insertIndicatorValue(db: Db, row: Insertable<IndicatorValueTable>) {
  return db.insertInto('indicatorValues').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findIndicatorValue(db: Db, indicatorId: number, period: string) {
  return db.selectFrom('indicatorValues').selectAll().where('indicatorId', '=', indicatorId).where('period', '=', period).executeTakeFirst();
}

/**
 * The one way a value changes: only if it still has the version the caller saw and is in a state the
 * action is allowed from, so two concurrent approvals produce one.
 */
export async function updateIndicatorValueIf(db: Db, id: number, version: number, fromStates: ReportState[], changes: Updateable<IndicatorValueTable>) {
  return db
    .updateTable('indicatorValues')
    .set({ ...changes, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .where('state', 'in', fromStates)
    .returningAll()
    .executeTakeFirst();
}

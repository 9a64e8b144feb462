import type { ExpressionBuilder, Insertable, SelectQueryBuilder } from 'kysely';
import { sql } from 'kysely';
import { groupByDefinedColumns, insertJsonRows, insertRows } from '../db/bulk-insert.js';
import type { Db } from '../db/database.js';
import { isPostgres } from '../db/dialect.js';
import type { Database, ItemTable, ItemUpdate, PilotStageEventTable } from '../db/schema.js';
import type { DepartmentScope } from '../auth/actor.js';
import { chunksOf } from '../shared/chunks.js';
import { selectWithTemplate } from '../db/query-templates.js';
import { withScheduleFacts } from '../schedule/evaluation.repository.js';

export interface ItemFilter {
  planId: number;
  itemId?: number | undefined;
  /** Restricts to these items (e.g. those with a given computed status); an empty list matches none. */
  itemIds?: number[] | undefined;
  ledgerKind?: string | undefined;
  areaCode?: string | undefined;
  departmentId?: number | undefined;
  leaderPersonId?: number | undefined;
  text?: string | undefined;
  chainIncomplete?: boolean | undefined;
  /**
   * Items of retired indicators: left out ('exclude') unless items are named by id, or asked for
   * ('include' beside the others, 'only' alone). Retiring keeps history, so the item page still opens.
   */
  retired?: RetiredMode | undefined;
  scope: DepartmentScope | null;
}

export type RetiredMode = 'exclude' | 'include' | 'only';

function retiredModeOf(filter: ItemFilter): RetiredMode {
  return filter.retired ?? (filter.itemId !== undefined || filter.itemIds !== undefined ? 'include' : 'exclude');
}

export type ItemSort = 'code' | 'title' | 'deadline' | 'updatedAt';

export type ItemQuery = SelectQueryBuilder<Database, 'items', object>;

/**
 * Lead or co-operating department: the relation that gives a department its items. The co-operated
 * items are an uncorrelated list, read once by the department's index, not an EXISTS probed for every
 * item of the plan; with the OR, both databases then take the department's items from two indexes.
 * SQLite does so for `id IN (subquery)` (its multi-index OR). PostgreSQL does not: it guesses half of
 * the plan's items match the IN and scans them all, testing each against the hashed list, twice a
 * page (the page and its total); given the list as one array (`= any(array(…))`, computed once) it
 * ORs the two indexes' bitmaps. A department's list was the slow part (the figures: bench/README.md).
 */
export function involvesDepartment(eb: ExpressionBuilder<Database, 'items'>, departmentId: number, postgres: boolean) {
  const coOperated = eb.selectFrom('itemCoDepartments as cd').select('cd.itemId').where('cd.departmentId', '=', departmentId);
  return eb.or([
    eb('items.leadDepartmentId', '=', departmentId),
    postgres ? sql<boolean>`${sql.ref('items.id')} = any(array(${coOperated}))` : eb('items.id', 'in', coOperated),
  ]);
}

/**
 * The relation of involvesDepartment for every department at once: one row (item, department) for each
 * department that leads or co-operates on an item of the plan. UNION, not UNION ALL: a lead department
 * also listed as co-operating answers for the item once. Per-department tallies (the cycles page) read
 * it, so they count exactly the items a department's own lists (本季度待报) show.
 */
export function itemDepartmentPairs(db: Db, planId: number) {
  return db
    .selectFrom('items')
    .select(['items.id as itemId', sql<number>`${sql.ref('items.leadDepartmentId')}`.as('departmentId')])
    .where('items.planId', '=', planId)
    .where('items.leadDepartmentId', 'is not', null)
    .union(
      db
        .selectFrom('itemCoDepartments as cd')
        .innerJoin('items', 'items.id', 'cd.itemId')
        .select(['cd.itemId as itemId', 'cd.departmentId as departmentId'])
        .where('items.planId', '=', planId),
    );
}

/** The WHERE clauses every item-based list shares (items, indicators), scope included. */
export function filterItems(db: Db, filter: ItemFilter): ItemQuery {
  const postgres = isPostgres(db);
  let q = db.selectFrom('items').where('items.planId', '=', filter.planId);
  if (filter.itemId !== undefined) q = q.where('items.id', '=', filter.itemId);
  if (filter.itemIds !== undefined) q = filter.itemIds.length === 0 ? q.where(sql<boolean>`1 = 0`) : q.where('items.id', 'in', filter.itemIds);
  if (filter.scope) q = q.where((eb) => involvesDepartment(eb, filter.scope!.departmentId, postgres));
  if (filter.departmentId !== undefined) q = q.where((eb) => involvesDepartment(eb, filter.departmentId!, postgres));
  if (filter.leaderPersonId !== undefined) q = q.where('items.leaderPersonId', '=', filter.leaderPersonId);
  if (filter.ledgerKind) {
    const kind = filter.ledgerKind;
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('ledgerItems as li')
          .innerJoin('ledgers as l', 'l.id', 'li.ledgerId')
          .select('li.itemId')
          .whereRef('li.itemId', '=', 'items.id')
          .where('l.kind', '=', kind),
      ),
    );
  }
  if (filter.areaCode) {
    const code = filter.areaCode;
    q = q.where((eb) => eb.exists(eb.selectFrom('areas as a').select('a.id').whereRef('a.id', '=', 'items.areaId').where('a.code', '=', code)));
  }
  if (filter.text) {
    q = q.where(sql<boolean>`${sql.ref('items.searchText')} like ${searchPattern(filter.text)} escape '\\'`);
  }
  if (filter.chainIncomplete) {
    q = q.where((eb) => eb.or([eb('items.leadDepartmentId', 'is', null), eb('items.leaderPersonId', 'is', null)]));
  }
  const retired = retiredModeOf(filter);
  if (retired !== 'include') {
    q = q.where((eb) => {
      const isRetired = eb.exists(
        eb.selectFrom('indicators as ri').select('ri.id').whereRef('ri.itemId', '=', 'items.id').where('ri.retiredAt', 'is not', null),
      );
      return retired === 'only' ? isRetired : eb.not(isRetired);
    });
  }
  return q;
}

/**
 * What a user typed as a LIKE pattern over normalised text (`escape '\\'`): anywhere in the text,
 * full-width forms folded, and `%` and `_` literal characters, not wildcards.
 */
export function searchPattern(text: string): string {
  return `%${text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Every column of an item but its search text, which only the search reads (and which is long). */
const ITEM_COLUMNS = [
  'items.id',
  'items.planId',
  'items.areaId',
  'items.code',
  'items.title',
  'items.measures',
  'items.targets',
  'items.yearKeyWork',
  'items.deadlineText',
  'items.deadline',
  'items.startDate',
  'items.sourceClause',
  'items.provinceText',
  'items.citySource',
  'items.remarks',
  'items.leaderPersonId',
  'items.leadDepartmentId',
  'items.leadDepartmentSource',
  'items.sectionId',
  'items.staffPersonId',
  'items.pilotLevel',
  'items.pilotStage',
  'items.pilotStageDate',
  'items.isPublic',
  'items.isSample',
  'items.dataSource',
  'items.version',
  'items.createdAt',
  'items.updatedAt',
] as const;

/**
 * The ledgers an item is in and its co-operating departments, as JSON arrays in the item's own row
 * (a list page would otherwise take two more queries). The aggregates differ by dialect only in name.
 */
function relationColumns(postgres: boolean) {
  // No ORDER BY inside the aggregates: SQLite would sort every item's two or three rows in a temporary
  // tree, which costs more than the two queries it replaces. The presenter orders departments by id.
  const ledgerKinds = postgres ? sql`coalesce(json_agg(l.kind), '[]')::text` : sql`json_group_array(l.kind)`;
  const coDepartments = postgres
    ? sql`coalesce(json_agg(json_build_object('id', d.id, 'name', d.name, 'shortName', d.short_name)), '[]')::text`
    : sql`json_group_array(json_object('id', d.id, 'name', d.name, 'shortName', d.short_name))`;
  return [
    sql<string>`(select ${ledgerKinds} from ledger_items li join ledgers l on l.id = li.ledger_id where li.item_id = items.id)`.as('ledgerKindsJson'),
    sql<string>`(select ${coDepartments} from item_co_departments c join departments d on d.id = c.department_id where c.item_id = items.id)`.as(
      'coDepartmentsJson',
    ),
  ];
}

/** Items with their area, responsibility chain, ledgers and co-operating departments (one query, no N+1). */
function itemRowsQuery(query: ItemQuery, postgres: boolean) {
  return withChainColumns(query).select(relationColumns(postgres));
}

function withChainColumns(query: ItemQuery) {
  return query
    .leftJoin('areas', 'areas.id', 'items.areaId')
    .leftJoin('departments as lead', 'lead.id', 'items.leadDepartmentId')
    .leftJoin('people as leader', 'leader.id', 'items.leaderPersonId')
    .leftJoin('sections', 'sections.id', 'items.sectionId')
    .leftJoin('people as staff', 'staff.id', 'items.staffPersonId')
    .select(ITEM_COLUMNS)
    .select([
      'areas.code as areaCode',
      'areas.numeral as areaNumeral',
      'areas.title as areaTitle',
      'lead.name as leadDepartmentName',
      'lead.shortName as leadDepartmentShortName',
      'leader.name as leaderName',
      'leader.title as leaderTitle',
      'sections.name as sectionName',
      'staff.name as staffName',
      'staff.phone as staffPhone',
    ]);
}

/** A list of ids as PostgreSQL takes it best: one array parameter (`= any($1)`), whatever its length. */
interface IdArray {
  array: readonly number[];
}

/** `column IN (ids)`, or `column = any(array)` for an IdArray. */
function idIn(column: string, ids: readonly number[] | IdArray) {
  return 'array' in ids ? sql<boolean>`${sql.ref(column)} = any(${ids.array}::int[])` : sql<boolean>`${sql.ref(column)} in (${sql.join(ids)})`;
}

/**
 * The rows of known items. PostgreSQL starts a subplan per row for each correlated subquery, which
 * for a page of 50 cost about as much as the rest of the query: there, the ledgers and co-operating
 * departments of the page are aggregated once, grouped by item, and joined.
 */
function knownItemRowsQuery(db: Db, planId: number, itemIds: readonly number[] | IdArray, departmentId?: number) {
  let items = db.selectFrom('items').where('items.planId', '=', planId).where(idIn('items.id', itemIds));
  if (departmentId !== undefined) items = items.where((eb) => involvesDepartment(eb, departmentId, isPostgres(db)));
  if (!isPostgres(db)) return itemRowsQuery(items, false);
  const ledgerKinds = db
    .selectFrom('ledgerItems as li')
    .innerJoin('ledgers as l', 'l.id', 'li.ledgerId')
    .where(idIn('li.itemId', itemIds))
    .groupBy('li.itemId')
    .select(['li.itemId', sql<string>`json_agg(l.kind)::text`.as('kinds')])
    .as('lk');
  const coDepartments = db
    .selectFrom('itemCoDepartments as c')
    .innerJoin('departments as d', 'd.id', 'c.departmentId')
    .where(idIn('c.itemId', itemIds))
    .groupBy('c.itemId')
    .select(['c.itemId', sql<string>`json_agg(json_build_object('id', d.id, 'name', d.name, 'shortName', d.short_name))::text`.as('departments')])
    .as('cd');
  return withChainColumns(items)
    .leftJoin(ledgerKinds, 'lk.itemId', 'items.id')
    .leftJoin(coDepartments, 'cd.itemId', 'items.id')
    .select([sql<string>`coalesce(lk.kinds, '[]')`.as('ledgerKindsJson'), sql<string>`coalesce(cd.departments, '[]')`.as('coDepartmentsJson')]);
}

/** One page of items in list order, as one query (exports read a whole ledger this way). */
export async function findItemPage(db: Db, filter: ItemFilter, sort: ItemSort, descending: boolean, limit: number, offset: number) {
  const direction = descending ? 'desc' : 'asc';
  let query = itemRowsQuery(filterItems(db, filter), isPostgres(db));
  query =
    sort === 'code'
      ? query.orderBy('areas.sortOrder', direction).orderBy('items.code', direction)
      : query.orderBy(`items.${sort}`, direction).orderBy('items.code');
  return query.orderBy('items.id').limit(limit).offset(offset).execute();
}

export type ItemListRow = Awaited<ReturnType<typeof findItemPage>>[number];

function orderedItemIds(db: Db, filter: ItemFilter, sort: ItemSort, descending: boolean) {
  const direction = descending ? 'desc' : 'asc';
  const query = filterItems(db, filter).select('items.id');
  const sorted =
    sort === 'code'
      ? query.leftJoin('areas', 'areas.id', 'items.areaId').orderBy('areas.sortOrder', direction).orderBy('items.code', direction)
      : query.orderBy(`items.${sort}`, direction).orderBy('items.code');
  return sorted.orderBy('items.id');
}

/** How one field of an ItemFilter enters a query template (see compileWithTemplate). */
interface FieldTemplate<Value> {
  /**
   * What the field adds to the template's key (a token, '' when the SQL does not show it) and the
   * values it gives the query as arguments; null when a filter with this value has no template.
   */
  split(value: Value, filter: ItemFilter): { token: string; args: readonly unknown[] } | null;
  /** The field again from its arguments (while the template is compiled: their stand-ins). */
  rebuild(args: readonly unknown[], filter: ItemFilter): Value;
}

/** A template entry for every field of the filter: a new field fails to compile until it has one. */
export type FilterTemplateFields<Filter extends ItemFilter = ItemFilter> = { [Field in keyof Filter]-?: FieldTemplate<Filter[Field]> };

const ABSENT = { token: '', args: [] };

/** A field that filterItems reads, when `isSet` (its own test), only as a query value: one argument. */
function argumentWhen<Value>(isSet: (value: unknown) => boolean): FieldTemplate<Value> {
  return {
    split: (value) => (isSet(value) ? { token: '=', args: [value] } : ABSENT),
    rebuild: (args) => (args.length > 0 ? args[0] : undefined) as Value,
  };
}

/** A field that changes the SQL but gives it no value (a flag, a mode): its token, and the field as it was. */
function shapeOnly<Value>(token: (filter: ItemFilter) => string, rebuild: (filter: ItemFilter) => Value): FieldTemplate<Value> {
  return { split: (_, filter) => ({ token: token(filter), args: [] }), rebuild: (_, filter) => rebuild(filter) };
}

const isDefined = (value: unknown) => value !== undefined;
const isTruthy = (value: unknown) => Boolean(value);

/**
 * Each field as filterItems reads it: what it branches on (whether the field is set, a flag, a mode,
 * a list's length) goes into the key; what it only hands to the SQL becomes an argument.
 */
export const FILTER_TEMPLATE_FIELDS: FilterTemplateFields = {
  planId: argumentWhen(isDefined),
  itemId: argumentWhen(isDefined),
  // `in (…)` takes one parameter an id, so the length is part of the shape (an empty list: `1 = 0`).
  itemIds: {
    split: (ids) => (ids === undefined ? ABSENT : { token: `[${ids.length}]`, args: ids }),
    rebuild: (args, filter) => (filter.itemIds === undefined ? undefined : (args as number[])),
  },
  ledgerKind: argumentWhen(isTruthy),
  areaCode: argumentWhen(isTruthy),
  departmentId: argumentWhen(isDefined),
  leaderPersonId: argumentWhen(isDefined),
  // None for a text search: its LIKE pattern is computed from the text (and it reads every matching id anyway).
  text: { split: (text) => (text ? null : ABSENT), rebuild: () => undefined },
  chainIncomplete: shapeOnly(
    (filter) => (filter.chainIncomplete ? '=1' : ''),
    (filter) => filter.chainIncomplete,
  ),
  retired: shapeOnly((filter) => `=${retiredModeOf(filter)}`, retiredModeOf),
  scope: {
    split: (scope) => (scope ? { token: '=', args: [scope.departmentId] } : ABSENT),
    rebuild: ([departmentId], filter) => (filter.scope ? { ...filter.scope, departmentId: departmentId as number } : null),
  },
};

/**
 * A filter as a query template takes it: its shape (which conditions it has, tested as filterItems
 * tests them), its values in order, and the filter rebuilt from such values; null for a filter that
 * has no template (a text search).
 */
function filterTemplate(filter: ItemFilter) {
  const parts: { name: keyof ItemFilter; field: FieldTemplate<unknown>; token: string; args: readonly unknown[] }[] = [];
  for (const [name, field] of Object.entries(FILTER_TEMPLATE_FIELDS) as [keyof ItemFilter, FieldTemplate<unknown>][]) {
    const part = field.split(filter[name], filter);
    if (!part) return null;
    parts.push({ name, field, ...part });
  }
  const shape = parts.flatMap(({ name, token }) => (token ? [`${name}${token}`] : [])).join(',');
  const args = parts.flatMap((part) => part.args);
  const rebuild = (values: readonly unknown[]): ItemFilter => {
    let next = 0;
    const fields = parts.map(({ name, field, args: own }) => [name, field.rebuild(values.slice(next, (next += own.length)), filter)]);
    return Object.fromEntries(fields) as ItemFilter;
  };
  return { shape, args, rebuild };
}

/**
 * A page of item ids in list order and the total, from the indexes alone (no item text is read). The
 * total rides along as a scalar subquery, counted once (one statement, not two: on PostgreSQL each
 * statement is a round trip that wakes a backend), not as `count(*) over ()`: a window over every
 * matching row made the page several times slower in a large city (bench/README.md). A page past
 * the end has no row to carry the total, so it is counted on its own.
 * A text search must read every item's text, so it does that once: all matching ids, then the page.
 */
export async function findItemIdPage(db: Db, filter: ItemFilter, sort: ItemSort, descending: boolean, limit: number, offset: number) {
  const template = filterTemplate(filter);
  if (!template) {
    const rows = await orderedItemIds(db, filter, sort, descending).execute();
    return { ids: rows.slice(offset, offset + limit).map((row) => row.id), total: rows.length };
  }
  const count = (countFilter: ItemFilter) => filterItems(db, countFilter).select((eb) => eb.fn.countAll<number>().as('total'));
  const rows = await selectWithTemplate(
    db,
    `items.idPage:${template.shape}:${sort}:${descending ? 'desc' : 'asc'}`,
    [...template.args, limit, offset],
    (args) => {
      const pageFilter = template.rebuild(args.slice(0, -2));
      return orderedItemIds(db, pageFilter, sort, descending)
        .select(count(pageFilter).as('total'))
        .limit(args[args.length - 2] as number)
        .offset(args[args.length - 1] as number);
    },
  );
  if (rows[0]) return { ids: rows.map((row) => row.id), total: Number(rows[0].total) };
  if (offset === 0) return { ids: [], total: 0 };
  const [counted] = await selectWithTemplate(db, `items.count:${template.shape}`, template.args, (args) => count(template.rebuild(args)));
  return { ids: [], total: Number(counted?.total ?? 0) };
}

/**
 * The rows of these items (of the plan) in the order of `ids`, each with the facts its schedule status
 * in `period` is computed from (a list page shows both; one query, not two).
 */
export async function findItemRowsWithFacts(db: Db, filter: Pick<ItemFilter, 'planId' | 'scope'>, ids: number[], period: string) {
  if (ids.length === 0) return [];
  // On PostgreSQL the ids are one array: one statement for every page length, whose plan is reused.
  // With an IN list of 150 parameters (the ids, three times) PostgreSQL planned every execution
  // afresh, and the planning cost more than the running (bench/README.md).
  const postgres = isPostgres(db);
  // A department's caller sees only its items: a shape of its own. Every argument must be used by
  // the builder, or the template is refused (and the query compiled on every call).
  const department = filter.scope?.departmentId;
  const head = department === undefined ? [filter.planId, period] : [filter.planId, period, department];
  const key = `items.rowsWithFacts:${department === undefined ? 'all' : 'department'}:${postgres ? 'array' : ids.length}`;
  const rows = await selectWithTemplate(db, key, postgres ? [...head, ids] : [...head, ...ids], (args) => {
    const [plan, at, ...rest] = args as [number, string, ...unknown[]];
    const scope = department === undefined ? undefined : (rest.shift() as number);
    const itemIds = postgres ? { array: rest[0] as readonly number[] } : (rest as number[]);
    return withScheduleFacts(knownItemRowsQuery(db, plan, itemIds, scope), at);
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export async function findItemRow(db: Db, filter: Pick<ItemFilter, 'planId' | 'scope'>, id: number): Promise<ItemListRow | undefined> {
  const [row] = await findItemPage(db, { ...filter, itemId: id }, 'code', false, 1, 0);
  return row;
}

export async function findItemIdByCode(db: Db, planId: number, code: string): Promise<number | undefined> {
  const row = await db.selectFrom('items').select('id').where('planId', '=', planId).where('code', '=', code).executeTakeFirst();
  return row?.id;
}

/** What approving a pilot's report reads before moving its stage: the stage now and the version to update. */
export async function getItemPilotStage(db: Db, id: number) {
  return db.selectFrom('items').select(['pilotStage', 'version']).where('id', '=', id).executeTakeFirstOrThrow();
}

/** A pilot's stage as an approved report set it: the stage's history. */
export async function insertPilotStageEvent(db: Db, event: Insertable<PilotStageEventTable>): Promise<void> {
  await db.insertInto('pilotStageEvents').values(event).execute();
}

export async function insertItem(db: Db, item: Insertable<ItemTable>) {
  return db.insertInto('items').values(item).returningAll().executeTakeFirstOrThrow();
}

/**
 * New items, many at once (an import), as multi-row INSERTs; their ids by code, which is unique in a
 * plan. The rows of one INSERT must name the same columns (a missing one would need DEFAULT, which
 * SQLite does not take in VALUES), so rows are grouped by the columns they set.
 */
export async function insertItems(db: Db, items: readonly Insertable<ItemTable>[]): Promise<Map<string, number>> {
  const groups = groupByDefinedColumns(items);
  const ids = new Map<string, number>();
  if (isPostgres(db)) {
    // One statement per column set, not 25 of 200 rows: see insertJsonRows.
    for (const group of groups) {
      for (const row of await insertJsonRows(db, 'items', group.rows, ['id', 'code'])) ids.set(String(row.code), Number(row.id));
    }
    return ids;
  }
  // About 30 columns a row: 200 rows stay far below SQLite's limit on bound parameters.
  for (const chunk of groups.flatMap((group) => chunksOf(group.rows, 200))) {
    for (const row of await db.insertInto('items').values(chunk).returning(['id', 'code']).execute()) ids.set(row.code, row.id);
  }
  return ids;
}

/** Co-operating departments of new items (which have none yet), in one INSERT per chunk. */
export async function insertCoDepartments(db: Db, links: readonly { itemId: number; departmentId: number }[]): Promise<void> {
  await insertRows(db, 'itemCoDepartments', links);
}

export async function updateItemIfVersion(db: Db, id: number, version: number, changes: ItemUpdate) {
  return db
    .updateTable('items')
    .set({ ...changes, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
}

export async function replaceCoDepartments(db: Db, itemId: number, departmentIds: number[]): Promise<void> {
  await db.deleteFrom('itemCoDepartments').where('itemId', '=', itemId).execute();
  if (departmentIds.length > 0)
    await db
      .insertInto('itemCoDepartments')
      .values(departmentIds.map((departmentId) => ({ itemId, departmentId })))
      .execute();
}

export async function replaceLedgerMemberships(db: Db, itemId: number, ledgerIds: number[]): Promise<void> {
  await db.deleteFrom('ledgerItems').where('itemId', '=', itemId).execute();
  if (ledgerIds.length > 0)
    await db
      .insertInto('ledgerItems')
      .values(ledgerIds.map((ledgerId) => ({ ledgerId, itemId })))
      .execute();
}

export async function deleteItem(db: Db, id: number): Promise<void> {
  await db.deleteFrom('items').where('id', '=', id).execute();
}

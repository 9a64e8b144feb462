import type { SupervisionEventAction } from '@plantrack/contract/supervision/supervision-orders.contract';
import type { Insertable, Kysely, Updateable } from 'kysely';
import type { DepartmentScope } from '../auth/actor.js';
import type { Db } from '../db/database.js';
import { isPostgres } from '../db/dialect.js';
import type { SupervisionOrderEventTable, SupervisionOrderTable, SupervisionStatus } from '../db/schema.js';
import { decryptField, encryptField } from '../shared/field-crypto.js';
import { filterItems } from '../items/items.repository.js';

export interface OrderFilter {
  planId: number;
  scope: DepartmentScope | null;
  orderId?: number | undefined;
  itemId?: number | undefined;
  departmentId?: number | undefined;
  status?: SupervisionStatus | undefined;
  /** true: only overdue on `today`; false: only not overdue. */
  overdue?: boolean | undefined;
  today: string;
}

/** Orders whose item the caller may see (the items' own scope rules), joined with the item and its lead department. */
function ordersQuery(db: Db, filter: OrderFilter) {
  const visibleItems = filterItems(db, {
    planId: filter.planId,
    scope: filter.scope,
    itemId: filter.itemId,
    departmentId: filter.departmentId,
    // Supervision is history: an order on a retired indicator stays in the lists.
    retired: 'include',
  }).select('items.id');
  let query = db
    .selectFrom('supervisionOrders')
    .innerJoin('items', 'items.id', 'supervisionOrders.itemId')
    .leftJoin('departments as lead', 'lead.id', 'items.leadDepartmentId')
    .where('supervisionOrders.itemId', 'in', visibleItems);
  if (filter.orderId !== undefined) query = query.where('supervisionOrders.id', '=', filter.orderId);
  if (filter.status) query = query.where('supervisionOrders.status', '=', filter.status);
  if (filter.overdue === true) query = query.where('supervisionOrders.status', '<>', 'closed').where('supervisionOrders.replyBy', '<', filter.today);
  if (filter.overdue === false)
    query = query.where((eb) => eb.or([eb('supervisionOrders.status', '=', 'closed'), eb('supervisionOrders.replyBy', '>=', filter.today)]));
  return query;
}

export async function countOrders(db: Db, filter: OrderFilter): Promise<number> {
  const row = await ordersQuery(db, filter)
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .executeTakeFirstOrThrow();
  return Number(row.total);
}

/** Newest first; the contact's phone leaves the repository decrypted (stored encrypted, shared/field-crypto.ts). */
export async function findOrderPage(db: Db, filter: OrderFilter, limit: number, offset: number) {
  const rows = await ordersQuery(db, filter)
    .selectAll('supervisionOrders')
    .select([
      'items.code as itemCode',
      'items.title as itemTitle',
      'items.leadDepartmentId',
      'items.leaderPersonId',
      'lead.name as leadDepartmentName',
      'lead.shortName as leadDepartmentShortName',
    ])
    .orderBy('supervisionOrders.createdAt', 'desc')
    .orderBy('supervisionOrders.id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
  return rows.map((row) => ({ ...row, contactPhone: decryptField(row.contactPhone) }));
}

export type OrderRow = Awaited<ReturnType<typeof findOrderPage>>[number];

export async function findOrder(db: Db, filter: Pick<OrderFilter, 'planId' | 'scope' | 'today'>, id: number): Promise<OrderRow | undefined> {
  const [row] = await findOrderPage(db, { ...filter, orderId: id }, 1, 0);
  return row;
}

/**
 * Serialises numbering within a plan. On PostgreSQL the plan row is locked until commit; SQLite
 * write transactions begin IMMEDIATE (see sqlite-dialect.ts) and are serialised already.
 */
export async function lockPlanForNumbering(db: Db, planId: number): Promise<void> {
  if (isPostgres(db as unknown as Kysely<unknown>)) await db.selectFrom('plans').select('id').where('id', '=', planId).forUpdate().execute();
}

/** Codes of the plan's orders issued in a year (督办〔2024〕…). */
export async function findOrderCodesOfYear(db: Db, planId: number, year: number): Promise<string[]> {
  const rows = await db
    .selectFrom('supervisionOrders')
    .innerJoin('items', 'items.id', 'supervisionOrders.itemId')
    .select('supervisionOrders.code')
    .where('items.planId', '=', planId)
    .where('supervisionOrders.code', 'like', `督办〔${year}〕%`)
    .execute();
  return rows.map((row) => row.code);
}

export async function insertOrder(db: Db, row: Insertable<SupervisionOrderTable>) {
  return db.insertInto('supervisionOrders').values(row).returning('id').executeTakeFirstOrThrow();
}

export type OrderChanges = Omit<Updateable<SupervisionOrderTable>, 'id' | 'itemId' | 'code' | 'version' | 'createdAt'> & { updatedAt: string };

/** Applies the change only when `version` still matches; false means someone else changed the order first. */
export async function updateOrderIfVersion(db: Db, id: number, version: number, changes: OrderChanges): Promise<boolean> {
  const phone = changes.contactPhone === undefined ? {} : { contactPhone: encryptField(changes.contactPhone) };
  const result = await db
    .updateTable('supervisionOrders')
    .set({ ...changes, ...phone, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertOrderEvent(db: Db, event: Insertable<SupervisionOrderEventTable>): Promise<void> {
  await db.insertInto('supervisionOrderEvents').values(event).execute();
}

/** The step history of each order, batched for a page of orders. */
export async function findEventsOfOrders(db: Db, orderIds: number[]) {
  const result = new Map<number, Awaited<ReturnType<typeof selectEvents>>>();
  if (orderIds.length === 0) return result;
  for (const event of await selectEvents(db, orderIds)) result.set(event.orderId, [...(result.get(event.orderId) ?? []), event]);
  return result;
}

/** `action` is free text in the table; only the issue and the workflow's steps write it. */
function selectEvents(db: Db, orderIds: number[]) {
  return db
    .selectFrom('supervisionOrderEvents')
    .selectAll()
    .where('orderId', 'in', orderIds)
    .orderBy('at')
    .orderBy('id')
    .$narrowType<{ action: SupervisionEventAction }>()
    .execute();
}

export type OrderEventRow = Awaited<ReturnType<typeof selectEvents>>[number];

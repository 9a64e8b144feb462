import type { Insertable, Updateable } from 'kysely';
import type { DepartmentScope } from '../auth/actor.js';
import type { Db } from '../db/database.js';
import type { ExtensionRequestTable } from '../db/schema.js';
import { filterItems } from '../items/items.repository.js';

function requestsQuery(db: Db) {
  return db
    .selectFrom('extensionRequests')
    .innerJoin('items', 'items.id', 'extensionRequests.itemId')
    .leftJoin('departments as lead', 'lead.id', 'items.leadDepartmentId')
    .selectAll('extensionRequests')
    .select([
      'items.planId',
      'items.code as itemCode',
      'items.title as itemTitle',
      'items.leadDepartmentId',
      'items.leaderPersonId',
      'lead.name as leadDepartmentName',
      'lead.shortName as leadDepartmentShortName',
    ]);
}

export interface ExtensionRequestFilter {
  planId: number;
  scope: DepartmentScope | null;
  departmentId?: number | undefined;
  status?: 'pending' | 'approved' | 'rejected' | undefined;
}

/** Requests on the items the caller may see (the items' own scope rules), across the plan. */
function filteredRequests(db: Db, filter: ExtensionRequestFilter) {
  // Requests are history: one on a retired indicator stays in the lists.
  const visibleItems = filterItems(db, { planId: filter.planId, scope: filter.scope, departmentId: filter.departmentId, retired: 'include' }).select(
    'items.id',
  );
  let query = requestsQuery(db).where('extensionRequests.itemId', 'in', visibleItems);
  if (filter.status) query = query.where('extensionRequests.status', '=', filter.status);
  return query;
}

export async function countExtensionRequests(db: Db, filter: ExtensionRequestFilter): Promise<number> {
  const row = await filteredRequests(db, filter)
    .clearSelect()
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .executeTakeFirstOrThrow();
  return Number(row.total);
}

/** A page of requests, newest first. */
export async function findExtensionRequestPage(db: Db, filter: ExtensionRequestFilter, limit: number, offset: number) {
  return filteredRequests(db, filter)
    .orderBy('extensionRequests.createdAt', 'desc')
    .orderBy('extensionRequests.id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
}

/** Requests of an item, newest first. */
export async function findExtensionRequestsOfItem(db: Db, itemId: number) {
  return requestsQuery(db)
    .where('extensionRequests.itemId', '=', itemId)
    .orderBy('extensionRequests.createdAt', 'desc')
    .orderBy('extensionRequests.id', 'desc')
    .execute();
}

export type ExtensionRequestRow = Awaited<ReturnType<typeof findExtensionRequestsOfItem>>[number];

/** A request on one of the plan's items (scope is then the item's business). */
export async function findExtensionRequest(db: Db, planId: number, id: number): Promise<ExtensionRequestRow | undefined> {
  return requestsQuery(db).where('items.planId', '=', planId).where('extensionRequests.id', '=', id).executeTakeFirst();
}

export async function findPendingExtensionRequestOfItem(db: Db, itemId: number) {
  return db.selectFrom('extensionRequests').select(['id', 'version']).where('itemId', '=', itemId).where('status', '=', 'pending').executeTakeFirst();
}

export async function insertExtensionRequest(db: Db, row: Insertable<ExtensionRequestTable>) {
  return db.insertInto('extensionRequests').values(row).returning('id').executeTakeFirstOrThrow();
}

export type ExtensionDecision = Pick<Updateable<ExtensionRequestTable>, 'status' | 'decidedBy' | 'decidedAt' | 'decisionComment'> & { updatedAt: string };

/** Applies the decision only when `version` still matches and the request is still pending. */
export async function decideExtensionRequestIfVersion(db: Db, id: number, version: number, decision: ExtensionDecision): Promise<boolean> {
  const result = await db
    .updateTable('extensionRequests')
    .set({ ...decision, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../db/database.js';
import type { ExtensionRequestTable } from '../db/schema.js';

function requestsQuery(db: Db) {
  return db
    .selectFrom('extensionRequests')
    .innerJoin('items', 'items.id', 'extensionRequests.itemId')
    .selectAll('extensionRequests')
    .select(['items.planId', 'items.code as itemCode', 'items.title as itemTitle', 'items.leadDepartmentId', 'items.leaderPersonId']);
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

import type { Db } from '../db/database.js';

/** One stored key: null status while its first request runs. */
export interface IdempotencyRecord {
  request: string;
  requestHash: string;
  responseStatus: number | null;
  responseBody: string | null;
  createdAt: string;
}

export interface IdempotencyClaim {
  userId: number;
  key: string;
  request: string;
  requestHash: string;
  now: string;
  expiresAt: string;
}

/** Inserts the key as "in progress"; false when the user already holds that key (expired ones are dropped first). */
export async function insertIdempotencyKey(db: Db, claim: IdempotencyClaim): Promise<boolean> {
  await db.deleteFrom('idempotencyKeys').where('expiresAt', '<', claim.now).execute();
  const result = await db
    .insertInto('idempotencyKeys')
    .values({
      userId: claim.userId,
      key: claim.key,
      request: claim.request,
      requestHash: claim.requestHash,
      createdAt: claim.now,
      expiresAt: claim.expiresAt,
      responseStatus: null,
      responseBody: null,
    })
    .onConflict((oc) => oc.columns(['userId', 'key']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

export async function findIdempotencyKey(db: Db, userId: number, key: string): Promise<IdempotencyRecord | undefined> {
  return db
    .selectFrom('idempotencyKeys')
    .select(['request', 'requestHash', 'responseStatus', 'responseBody', 'createdAt'])
    .where('userId', '=', userId)
    .where('key', '=', key)
    .executeTakeFirst();
}

export async function saveIdempotentResponse(db: Db, userId: number, key: string, status: number, body: string): Promise<void> {
  await db.updateTable('idempotencyKeys').set({ responseStatus: status, responseBody: body }).where('userId', '=', userId).where('key', '=', key).execute();
}

/** Forgets a key whose request did not finish with a keepable answer, so the client may retry with it. */
export async function deleteIdempotencyKey(db: Db, userId: number, key: string): Promise<void> {
  await db.deleteFrom('idempotencyKeys').where('userId', '=', userId).where('key', '=', key).where('responseStatus', 'is', null).execute();
}

/** Takes over a key whose first request was abandoned (its server stopped mid-request). */
export async function takeOverIdempotencyKey(db: Db, userId: number, key: string, staleBefore: string, now: string): Promise<boolean> {
  const result = await db
    .updateTable('idempotencyKeys')
    .set({ createdAt: now })
    .where('userId', '=', userId)
    .where('key', '=', key)
    .where('responseStatus', 'is', null)
    .where('createdAt', '<', staleBefore)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

import type { Db } from '../db/database.js';

/**
 * Counts a failed login. Failures in a row count only while each comes within `since` of the last;
 * an older streak starts again at one. Atomic, so servers racing on one account count every failure.
 */
export async function addLoginFailure(db: Db, userId: number, now: string, since: string): Promise<number> {
  const row = await db
    .updateTable('users')
    .set((eb) => ({
      failedLoginCount: eb
        .case()
        .when('lastFailedLoginAt', '>', since)
        .then(eb('failedLoginCount', '+', 1))
        .else(1)
        .end(),
      lastFailedLoginAt: now,
    }))
    .where('id', '=', userId)
    .returning('failedLoginCount')
    .executeTakeFirst();
  return Number(row?.failedLoginCount ?? 0);
}

export async function lockUser(db: Db, userId: number, until: string): Promise<void> {
  await db.updateTable('users').set({ lockedUntil: until, failedLoginCount: 0 }).where('id', '=', userId).execute();
}

/** A successful login: when, and the failure streak (and any expired lock) forgotten. */
export async function recordSuccessfulLogin(db: Db, userId: number, now: string): Promise<void> {
  await db.updateTable('users').set({ lastLoginAt: now, failedLoginCount: 0, lastFailedLoginAt: null, lockedUntil: null }).where('id', '=', userId).execute();
}

/** The user's own change: a new hash, no longer due for a change, counted from now. */
export async function updateOwnPassword(db: Db, userId: number, passwordHash: string, now: string): Promise<void> {
  await db
    .updateTable('users')
    .set((eb) => ({ passwordHash, mustChangePassword: 0, passwordChangedAt: now, updatedAt: now, version: eb('version', '+', 1) }))
    .where('id', '=', userId)
    .execute();
}

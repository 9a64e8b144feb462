import type { Db } from '../db/database.js';
import type { Insertable, Selectable } from 'kysely';
import type { SessionTable, UserTable } from '../db/schema.js';

export type SessionWithUser = Selectable<SessionTable> & { user: Selectable<UserTable> };

export async function createSession(db: Db, session: Insertable<SessionTable>): Promise<void> {
  await db.insertInto('sessions').values(session).execute();
}

export async function findSessionWithUser(db: Db, id: string): Promise<SessionWithUser | undefined> {
  const session = await db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();
  if (!session) return undefined;
  const user = await db.selectFrom('users').selectAll().where('id', '=', session.userId).executeTakeFirst();
  return user ? { ...session, user } : undefined;
}

export async function touchSession(db: Db, id: string, lastSeenAt: string): Promise<void> {
  await db.updateTable('sessions').set({ lastSeenAt }).where('id', '=', id).execute();
}

export async function updateSessionRestriction(db: Db, id: string, restriction: string | null): Promise<void> {
  await db.updateTable('sessions').set({ restriction }).where('id', '=', id).execute();
}

/** True when this call removed the session (so of two requests finding it dead, one records its end). */
export async function deleteSession(db: Db, id: string): Promise<boolean> {
  const result = await db.deleteFrom('sessions').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** How many sessions ended. */
export async function deleteSessionsOfUser(db: Db, userId: number): Promise<number> {
  const result = await db.deleteFrom('sessions').where('userId', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Every session of the user but the one making the request (after a password change). */
export async function deleteOtherSessionsOfUser(db: Db, userId: number, keepId: string): Promise<void> {
  await db.deleteFrom('sessions').where('userId', '=', userId).where('id', '!=', keepId).execute();
}

export async function deleteExpiredSessions(db: Db, now: string): Promise<void> {
  await db.deleteFrom('sessions').where('expiresAt', '<', now).execute();
}

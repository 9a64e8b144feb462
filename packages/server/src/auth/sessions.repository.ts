import type { Db } from '../db/database.js';
import { selectWithTemplate } from '../db/query-templates.js';
import type { Insertable, Selectable } from 'kysely';
import type { SessionTable, UserTable } from '../db/schema.js';

export type SessionWithUser = Selectable<SessionTable> & { user: Selectable<UserTable> };

export async function createSession(db: Db, session: Insertable<SessionTable>): Promise<void> {
  await db.insertInto('sessions').values(session).execute();
}

/** The session's own columns, renamed apart from the user's (both have an id and a creation time). */
const SESSION_COLUMNS = [
  'sessions.id as sessionId',
  'sessions.userId as sessionUserId',
  'sessions.createdAt as sessionCreatedAt',
  'sessions.lastSeenAt as sessionLastSeenAt',
  'sessions.expiresAt as sessionExpiresAt',
  'sessions.ip as sessionIp',
  'sessions.csrfToken as sessionCsrfToken',
  'sessions.restriction as sessionRestriction',
  'sessions.idleMinutes as sessionIdleMinutes',
] as const;

/** Every request starts here, so the session and its user come in one query. */
export async function findSessionWithUser(db: Db, id: string): Promise<SessionWithUser | undefined> {
  const [row] = await selectWithTemplate(db, 'sessions.withUser', [id] as const, ([sessionId]) =>
    db.selectFrom('sessions').innerJoin('users', 'users.id', 'sessions.userId').selectAll('users').select(SESSION_COLUMNS).where('sessions.id', '=', sessionId),
  );
  if (!row) return undefined;
  const {
    sessionId,
    sessionUserId,
    sessionCreatedAt,
    sessionLastSeenAt,
    sessionExpiresAt,
    sessionIp,
    sessionCsrfToken,
    sessionRestriction,
    sessionIdleMinutes,
    ...user
  } = row;
  return {
    id: sessionId,
    userId: sessionUserId,
    createdAt: sessionCreatedAt,
    lastSeenAt: sessionLastSeenAt,
    expiresAt: sessionExpiresAt,
    ip: sessionIp,
    csrfToken: sessionCsrfToken,
    restriction: sessionRestriction,
    idleMinutes: sessionIdleMinutes,
    user,
  };
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

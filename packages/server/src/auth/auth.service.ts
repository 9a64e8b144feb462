import { createHash } from 'node:crypto';
import type { Db } from '../db/database.js';
import type { UserRow } from '../db/schema.js';
import { AppError } from '../shared/app-error.js';
import { nowIso } from '../shared/clock.js';
import type { Actor } from './actor.js';
import { isRole } from './roles.js';
import type { SessionRestriction } from './session-restriction.js';
import { isSessionRestriction } from './session-restriction.js';
import { deleteSession, findSessionWithUser, touchSession } from './sessions.repository.js';

/** The cookie carries a random token; the database keeps only its hash, so a leaked table opens nothing. */
export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function logout(db: Db, token: string): Promise<void> {
  await deleteSession(db, sessionIdOf(token));
}

export interface ResolvedSession {
  sessionId: string;
  actor: Actor;
  csrfToken: string | null;
  restriction: SessionRestriction | null;
}

/**
 * The caller behind a session cookie, or null when the session is unknown, past its absolute lifetime,
 * idle longer than its idle timeout, or its user disabled. A session found dead is deleted.
 */
export async function resolveSession(db: Db, token: string): Promise<ResolvedSession | null> {
  const id = sessionIdOf(token);
  const session = await findSessionWithUser(db, id);
  if (!session) return null;
  const now = nowIso();
  const idleMs = Date.parse(now) - Date.parse(session.lastSeenAt);
  if (session.expiresAt <= now || idleMs > Number(session.idleMinutes) * 60_000) {
    await deleteSession(db, id);
    return null;
  }
  if (session.user.isActive !== 1) return null;
  // Writing last-seen on every request would serialise reads behind the writer; once a minute is enough.
  if (idleMs > 60_000) await touchSession(db, id, now);
  // A value this code does not know closes the session down to a password change rather than opening it.
  const restriction = session.restriction === null ? null : isSessionRestriction(session.restriction) ? session.restriction : 'password_change';
  return { sessionId: id, actor: actorOf(session.user), csrfToken: session.csrfToken, restriction };
}

export function actorOf(user: UserRow): Actor {
  if (!isRole(user.role)) throw new AppError('INTERNAL', { reason: `unknown role ${user.role}` });
  return {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    organisationId: user.organisationId,
    role: user.role,
    departmentId: user.departmentId,
    personId: user.personId,
  };
}

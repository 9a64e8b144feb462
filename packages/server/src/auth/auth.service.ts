import { createHash } from 'node:crypto';
import type { Db } from '../db/database.js';
import type { UserRow } from '../db/schema.js';
import { recordAudit } from '../audit/audit.service.js';
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

/** Where a request came from, for the audit rows of session ends (services never see the request). */
export interface RequestOrigin {
  ip: string | null;
  requestId: string | null;
}

/** Ends the session on the server and records who logged out from where; an unknown cookie ends nothing. */
export async function logout(db: Db, token: string, origin: RequestOrigin): Promise<void> {
  const id = sessionIdOf(token);
  await db.transaction().execute(async (trx) => {
    const session = await findSessionWithUser(trx, id);
    if (!session || !(await deleteSession(trx, id))) return;
    await recordAudit(trx, { actor: actorOf(session.user), ...origin }, { action: 'auth.logout', entityType: 'user', entityId: session.userId });
  });
}

export type SessionEndReason = 'idle_timeout' | 'expired' | 'user_disabled';

/** A session the server ended (idle, past its lifetime, its user disabled), recorded once, in the user's name. */
async function endSession(db: Db, id: string, user: UserRow, reason: SessionEndReason, origin: RequestOrigin): Promise<void> {
  await db.transaction().execute(async (trx) => {
    if (!(await deleteSession(trx, id))) return;
    await recordAudit(trx, { actor: actorOf(user), ...origin }, { action: 'auth.session_end', entityType: 'user', entityId: user.id, after: { reason } });
  });
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
export async function resolveSession(db: Db, token: string, origin: RequestOrigin): Promise<ResolvedSession | null> {
  const id = sessionIdOf(token);
  const session = await findSessionWithUser(db, id);
  if (!session) return null;
  const now = nowIso();
  const idleMs = Date.parse(now) - Date.parse(session.lastSeenAt);
  const deadReason: SessionEndReason | null =
    session.expiresAt <= now
      ? 'expired'
      : idleMs > Number(session.idleMinutes) * 60_000
        ? 'idle_timeout'
        : session.user.isActive !== 1
          ? 'user_disabled'
          : null;
  if (deadReason) {
    await endSession(db, id, session.user, deadReason, origin);
    return null;
  }
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

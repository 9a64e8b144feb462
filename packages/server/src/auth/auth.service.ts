import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../db/database.js';
import type { UserRow } from '../db/schema.js';
import { recordAudit } from '../audit/audit.service.js';
import { AppError } from '../shared/app-error.js';
import { addHours, nowIso } from '../shared/clock.js';
import { findUserByUsername } from '../users/users.repository.js';
import type { Actor } from './actor.js';
import { decoyPasswordHash, verifyPassword } from './password.js';
import { isRole } from './roles.js';
import { createSession, deleteSession, findSessionWithUser, touchSession } from './sessions.repository.js';

/** The cookie carries a random token; the database keeps only its hash, so a leaked table opens nothing. */
function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface LoginInput {
  username: string;
  password: string;
  ip: string | null;
  sessionHours: number;
}

export async function login(db: Db, input: LoginInput): Promise<{ token: string; actor: Actor; csrfToken: string }> {
  const user = await findUserByUsername(db, input.username);
  const isValid = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), input.password);
  if (!user || !isValid || user.isActive !== 1) {
    await recordAudit(db, null, { action: 'auth.login', entityType: 'user', entityId: input.username, outcome: 'denied', after: { ip: input.ip } });
    throw new AppError('INVALID_CREDENTIALS');
  }
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const now = nowIso();
  await db.transaction().execute(async (trx) => {
    await createSession(trx, {
      id: sessionIdOf(token),
      userId: user.id,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: addHours(now, input.sessionHours),
      ip: input.ip,
      csrfToken,
    });
    await trx.updateTable('users').set({ lastLoginAt: now }).where('id', '=', user.id).execute();
    const actor = actorOf(user);
    await recordAudit(trx, { actor, ip: input.ip, requestId: null }, { action: 'auth.login', entityType: 'user', entityId: user.id });
  });
  return { token, actor: actorOf(user), csrfToken };
}

export async function logout(db: Db, token: string): Promise<void> {
  await deleteSession(db, sessionIdOf(token));
}

/** The caller behind a session cookie, or null when the session is unknown, expired or the user disabled. */
export async function resolveSession(db: Db, token: string): Promise<{ actor: Actor; csrfToken: string | null } | null> {
  const id = sessionIdOf(token);
  const session = await findSessionWithUser(db, id);
  const now = nowIso();
  if (!session || session.expiresAt <= now || session.user.isActive !== 1) return null;
  // Writing last-seen on every request would serialise reads behind the writer; once a minute is enough.
  if (Date.parse(now) - Date.parse(session.lastSeenAt) > 60_000) await touchSession(db, id, now);
  return { actor: actorOf(session.user), csrfToken: session.csrfToken };
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

import { randomBytes } from 'node:crypto';
import type { RateLimitConfig } from '../config.js';
import type { Db } from '../db/database.js';
import type { UserRow } from '../db/schema.js';
import { recordAudit } from '../audit/audit.service.js';
import { AppError } from '../shared/app-error.js';
import { addHours } from '../shared/clock.js';
import { getSecuritySettings } from '../settings/security-settings.service.js';
import type { SecuritySettings } from '@plantrack/contract/settings/security-settings.contract';
import { findUserByUsername } from '../users/users.repository.js';
import type { Actor, RequestContext } from './actor.js';
import { actorOf, sessionIdOf } from './auth.service.js';
import { isLocked, recordLoginFailure } from './lockout.js';
import { recordSuccessfulLogin } from './credentials.repository.js';
import { decoyPasswordHash, verifyPassword } from './password.js';
import { countRateLimitHit, requireUnderRateLimit } from './rate-limit.js';
import type { SessionRestriction } from './session-restriction.js';
import { restrictionFor } from './session-restriction.js';
import { createSession, deleteExpiredSessions, deleteSession } from './sessions.repository.js';
import { findTotp, type TotpRecord } from './totp.repository.js';
import { hasTotp, verifyLoginTotp } from './totp.service.js';

export interface LoginInput {
  username: string;
  password: string;
  totpCode?: string | undefined;
  ip: string | null;
  /** The session cookie the browser still sent, if any: it ends here, so no session id outlives a login. */
  previousToken?: string | undefined;
  sessionHours: number;
  /** Failed logins allowed per address and window, across all accounts (so nobody locks everyone out from one place). */
  failuresPerIp: RateLimitConfig;
}

export interface LoginOutcome {
  token: string;
  csrfToken: string;
  actor: Actor;
  restriction: SessionRestriction | null;
}

type Failure = 'unknown_user' | 'inactive' | 'locked' | 'password' | 'totp';

/**
 * Logging in (等保: 身份鉴别, 登录失败处理): a throttle on failures per address, the password (always
 * hashed, so timing reveals nothing), the account lock (answered like a wrong password), the second
 * factor when enrolled, then a new session, restricted when the password or the second factor is due.
 */
export async function login(db: Db, input: LoginInput): Promise<LoginOutcome> {
  const ipBucket = `login-failures:ip:${input.ip ?? 'unknown'}`;
  await requireUnderRateLimit(db, ipBucket, input.failuresPerIp);
  const user = await findUserByUsername(db, input.username);
  const isPasswordValid = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), input.password);
  const nowMs = Date.now();
  const now = new Date(nowMs).toISOString();
  const settings = user ? await getSecuritySettings(db, user.organisationId) : null;

  const fail = async (reason: Failure, code: 'INVALID_CREDENTIALS' | 'TOTP_CODE_INVALID' = 'INVALID_CREDENTIALS'): Promise<never> => {
    await countRateLimitHit(db, ipBucket, input.failuresPerIp, nowMs);
    const ctx = user ? contextFor(user, input.ip) : null;
    // An unknown name has no organisation or user; the row still carries the address it came from.
    // Only failures that guess a secret count towards the lock; a locked account's attempts do not extend it.
    if (user && settings && ctx && (reason === 'password' || reason === 'totp')) await recordLoginFailure(db, ctx, user, settings, nowMs);
    await recordAudit(db, ctx ?? { actor: null, ip: input.ip, requestId: null }, {
      action: 'auth.login',
      entityType: 'user',
      entityId: input.username,
      outcome: 'denied',
      after: { ip: input.ip, reason },
    });
    throw new AppError(code);
  };

  if (!user || !settings) return fail('unknown_user');
  if (isLocked(user, now)) return fail('locked');
  if (!isPasswordValid) return fail('password');
  if (user.isActive !== 1) return fail('inactive');

  const totp = await findTotp(db, user.id);
  const totpSecret = hasTotp(totp) ? totp?.secret : null;
  if (totpSecret) {
    // The password was right: ask for the code (not a failure); a wrong or replayed code is one.
    if (!input.totpCode) throw new AppError('TOTP_REQUIRED');
    if (!(await verifyLoginTotp(db, user.id, totpSecret, input.totpCode, nowMs))) return fail('totp', 'TOTP_CODE_INVALID');
  }
  return openSession(db, input, user, settings, totp, now);
}

async function openSession(db: Db, input: LoginInput, user: UserRow, settings: SecuritySettings, totp: TotpRecord | undefined, now: string) {
  const actor = actorOf(user);
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const restriction = restrictionFor({ ...user, role: actor.role }, hasTotp(totp), settings, now);
  await db.transaction().execute(async (trx) => {
    if (input.previousToken) await deleteSession(trx, sessionIdOf(input.previousToken));
    await deleteExpiredSessions(trx, now);
    await createSession(trx, {
      id: sessionIdOf(token),
      userId: user.id,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: addHours(now, input.sessionHours),
      ip: input.ip,
      csrfToken,
      restriction,
      idleMinutes: settings.sessionIdleMinutes,
    });
    await recordSuccessfulLogin(trx, user.id, now);
    await recordAudit(trx, contextFor(user, input.ip), {
      action: 'auth.login',
      entityType: 'user',
      entityId: user.id,
      after: restriction ? { restriction } : undefined,
    });
  });
  return { token, csrfToken, actor, restriction };
}

function contextFor(user: UserRow, ip: string | null): RequestContext {
  return { actor: actorOf(user), ip, requestId: null };
}

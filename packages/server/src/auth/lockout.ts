import type { Db } from '../db/database.js';
import type { UserRow } from '../db/schema.js';
import { recordAudit } from '../audit/audit.service.js';
import type { SecuritySettings } from '@plantrack/contract/settings/security-settings.contract';
import type { RequestContext } from './actor.js';
import { addLoginFailure, lockUser } from './credentials.repository.js';

/**
 * Account lockout (等保: 登录失败处理). After `lockoutThreshold` failures in a row the account is locked
 * for `lockoutMinutes`. The caller is never told: a locked account answers exactly like a wrong
 * password, so the lock cannot be probed. The audit log records both the failures and the lock.
 */
export function isLocked(user: Pick<UserRow, 'lockedUntil'>, now: string): boolean {
  return user.lockedUntil !== null && user.lockedUntil > now;
}

/** `ctx` names the account tried, so the lock lands in its organisation's audit log. */
export async function recordLoginFailure(db: Db, ctx: RequestContext, user: UserRow, settings: SecuritySettings, nowMs = Date.now()): Promise<void> {
  const now = new Date(nowMs).toISOString();
  const streakSince = new Date(nowMs - settings.lockoutMinutes * 60_000).toISOString();
  const failures = await addLoginFailure(db, user.id, now, streakSince);
  if (failures < settings.lockoutThreshold) return;
  const until = new Date(nowMs + settings.lockoutMinutes * 60_000).toISOString();
  await lockUser(db, user.id, until);
  await recordAudit(db, ctx, {
    action: 'auth.lockout',
    entityType: 'user',
    entityId: user.id,
    outcome: 'denied',
    after: { failures, lockedUntil: until, ip: ctx.ip },
  });
}

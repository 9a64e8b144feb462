import type { Db } from '../db/database.js';
import { recordAudit } from '../audit/audit.service.js';
import { AppError } from '../shared/app-error.js';
import { nowIso } from '../shared/clock.js';
import { getSecuritySettings } from '../settings/security-settings.service.js';
import { findUserById } from '../users/users.repository.js';
import type { RequestContext } from './actor.js';
import { updateOwnPassword } from './credentials.repository.js';
import { recordLoginFailure } from './lockout.js';
import { hashPassword, verifyPassword } from './password.js';
import { requirePasswordPolicy } from './password-policy.js';
import { refreshSessionRestriction } from './session-refresh.js';
import type { SessionRestriction } from './session-restriction.js';
import { deleteOtherSessionsOfUser } from './sessions.repository.js';

export interface ChangePasswordInput {
  currentPassword: string;
  newPassword: string;
}

/**
 * A user changes their own password: the current one proves it is them (a wrong one counts towards
 * the lock, so a borrowed session cannot guess it), the new one must pass the rule and differ. Their
 * other sessions end; this one continues, no longer restricted to the change.
 */
export async function changeOwnPassword(
  db: Db,
  ctx: RequestContext,
  sessionId: string,
  input: ChangePasswordInput,
): Promise<{ restriction: SessionRestriction | null }> {
  const user = await findUserById(db, ctx.actor.userId);
  if (!user) throw new AppError('UNAUTHENTICATED');
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    await recordLoginFailure(db, ctx, user, await getSecuritySettings(db, user.organisationId));
    await recordAudit(db, ctx, { action: 'auth.password.change', entityType: 'user', entityId: user.id, outcome: 'denied' });
    throw new AppError('CURRENT_PASSWORD_INCORRECT');
  }
  if (input.newPassword === input.currentPassword) {
    throw new AppError('VALIDATION_FAILED', {
      field: 'newPassword',
      rule: 'same_as_current',
      reason: '新密码不能与当前密码相同 (must differ from the current one)',
    });
  }
  requirePasswordPolicy(input.newPassword, user.username, 'newPassword');
  const passwordHash = await hashPassword(input.newPassword);
  return db.transaction().execute(async (trx) => {
    const now = nowIso();
    await updateOwnPassword(trx, user.id, passwordHash, now);
    await deleteOtherSessionsOfUser(trx, user.id, sessionId);
    const restriction = await refreshSessionRestriction(trx, user.id, sessionId);
    await recordAudit(trx, ctx, { action: 'auth.password.change', entityType: 'user', entityId: user.id });
    return { restriction };
  });
}

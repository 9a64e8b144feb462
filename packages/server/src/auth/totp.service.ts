import type { Db } from '../db/database.js';
import { recordAudit } from '../audit/audit.service.js';
import { AppError } from '../shared/app-error.js';
import { nowIso } from '../shared/clock.js';
import type { RequestContext } from './actor.js';
import { refreshSessionRestriction } from './session-refresh.js';
import { generateTotpSecret, matchTotpStep, otpauthUri } from './totp.js';
import { claimTotpStep, enableTotp, findTotp, savePendingSecret } from './totp.repository.js';

export function hasTotp(record: { enabledAt: string | null } | undefined): boolean {
  return record?.enabledAt != null;
}

/**
 * Enrolment, step one: a fresh secret for the authenticator app, kept pending until a code proves the
 * app has it. An enabled second factor is not replaced this way: losing it is for the administrator
 * to reset (DELETE /api/users/:id/totp), so a stolen session cannot swap in the thief's app.
 */
export async function setupTotp(db: Db, ctx: RequestContext) {
  if (hasTotp(await findTotp(db, ctx.actor.userId))) throw new AppError('INVALID_STATE', { reason: 'totp_already_enabled' });
  const secret = generateTotpSecret();
  await savePendingSecret(db, ctx.actor.userId, secret);
  return { secret, otpauthUri: otpauthUri(secret, ctx.actor.username) };
}

/** Enrolment, step two: the app's current code turns the pending secret on; the session is no longer restricted to enrolment. */
export async function enableOwnTotp(db: Db, ctx: RequestContext, sessionId: string, code: string, nowMs = Date.now()) {
  return db.transaction().execute(async (trx) => {
    const record = await findTotp(trx, ctx.actor.userId);
    if (hasTotp(record)) throw new AppError('INVALID_STATE', { reason: 'totp_already_enabled' });
    if (!record?.pendingSecret) throw new AppError('INVALID_STATE', { reason: 'totp_not_set_up' });
    const step = matchTotpStep(record.pendingSecret, code, nowMs);
    if (step === null) throw new AppError('TOTP_CODE_INVALID');
    await enableTotp(trx, ctx.actor.userId, record.pendingSecret, nowIso(), step);
    await recordAudit(trx, ctx, { action: 'auth.totp.enable', entityType: 'user', entityId: ctx.actor.userId });
    return { restriction: await refreshSessionRestriction(trx, ctx.actor.userId, sessionId) };
  });
}

/** A login's second factor: the code must match the enabled secret and its step must not have been used. */
export async function verifyLoginTotp(db: Db, userId: number, secret: string, code: string, nowMs = Date.now()): Promise<boolean> {
  const step = matchTotpStep(secret, code, nowMs);
  return step !== null && (await claimTotpStep(db, userId, step));
}

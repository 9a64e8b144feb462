import type { Db } from '../db/database.js';
import { AppError } from '../shared/app-error.js';
import { getSecuritySettings } from '../settings/security-settings.service.js';
import { findUserById } from '../users/users.repository.js';
import { isRole } from './roles.js';
import type { SessionRestriction } from './session-restriction.js';
import { restrictionFor } from './session-restriction.js';
import { updateSessionRestriction } from './sessions.repository.js';
import { findTotp } from './totp.repository.js';

/** What the user's session must still do, from the account as it is now; stored on the session. */
export async function currentRestriction(db: Db, userId: number, now = new Date().toISOString()): Promise<SessionRestriction | null> {
  const user = await findUserById(db, userId);
  if (!user || !isRole(user.role)) throw new AppError('NOT_FOUND', { entity: 'user', id: userId });
  const settings = await getSecuritySettings(db, user.organisationId);
  const totp = await findTotp(db, userId);
  return restrictionFor({ ...user, role: user.role }, totp?.enabledAt != null, settings, now);
}

/** After the user changed their password or enrolled a second factor: lift what is done, keep what is not. */
export async function refreshSessionRestriction(db: Db, userId: number, sessionId: string): Promise<SessionRestriction | null> {
  const restriction = await currentRestriction(db, userId);
  await updateSessionRestriction(db, sessionId, restriction);
  return restriction;
}

import { SESSION_RESTRICTIONS, type SessionRestriction } from '@plantrack/contract/enums';
import type { SecuritySettings } from '@plantrack/contract/settings/security-settings.contract';
import type { UserRow } from '../db/schema.js';
import { AppError } from '../shared/app-error.js';
import type { Role } from './roles.js';

/**
 * A session that may do only one thing before anything else: change its password (initial, reset or
 * expired) or enrol a second factor (its role requires TOTP). Decided at login, stored with the session,
 * lifted by the change itself. Routes that stay open name the restriction in `config.allowedRestrictions`.
 */
export type { SessionRestriction };

export function isSessionRestriction(value: string | null): value is SessionRestriction {
  return value !== null && (SESSION_RESTRICTIONS as readonly string[]).includes(value);
}

/** When the user's password expires under the policy (counted from the last change, or from creation). */
export function passwordExpiresAt(user: Pick<UserRow, 'passwordChangedAt' | 'createdAt'>, settings: SecuritySettings): string {
  const since = Date.parse(user.passwordChangedAt ?? user.createdAt);
  return new Date(since + settings.passwordExpiryDays * 86_400_000).toISOString();
}

export function restrictionFor(
  user: Pick<UserRow, 'mustChangePassword' | 'passwordChangedAt' | 'createdAt'> & { role: Role },
  hasTotp: boolean,
  settings: SecuritySettings,
  now: string,
): SessionRestriction | null {
  if (user.mustChangePassword === 1 || passwordExpiresAt(user, settings) <= now) return 'password_change';
  if (settings.totpRequiredRoles.includes(user.role) && !hasTotp) return 'totp_enrolment';
  return null;
}

export function restrictionError(restriction: SessionRestriction): AppError {
  return new AppError(restriction === 'password_change' ? 'PASSWORD_CHANGE_REQUIRED' : 'TOTP_ENROLMENT_REQUIRED');
}

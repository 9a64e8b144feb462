import { z } from 'zod';
import { ROLES } from '../auth/roles.js';
import { VersionField } from '../shared/schemas.js';

/**
 * The organisation's security policy (等保 level 3), kept by the security administrator. Ranges keep
 * it within what assessors accept: lock after 3–10 failures, passwords changed at least yearly.
 */
export const SecuritySettings = z.strictObject({
  /** Failed logins in a row (within lockoutMinutes of each other) that lock the account … */
  lockoutThreshold: z.number().int().min(3).max(10),
  /** … for this long. */
  lockoutMinutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60),
  /** A password older than this must be changed at the next login. */
  passwordExpiryDays: z.number().int().min(1).max(365),
  /** A session unused this long ends (new sessions; the absolute lifetime is PLANTRACK_SESSION_HOURS). */
  sessionIdleMinutes: z
    .number()
    .int()
    .min(5)
    .max(8 * 60),
  /** Roles whose users must log in with a second factor (TOTP); without one they may only enrol. */
  totpRequiredRoles: z.array(z.enum(ROLES)).refine((roles) => new Set(roles).size === roles.length, 'each role once'),
});
export type SecuritySettings = z.infer<typeof SecuritySettings>;

export const SecuritySettingsPatch = SecuritySettings.partial();
export type SecuritySettingsPatch = z.infer<typeof SecuritySettingsPatch>;

/** A change as the API takes it: with the `version` read, a concurrent change is refused (409). */
export const SecuritySettingsUpdate = SecuritySettingsPatch.extend({ version: VersionField.optional() });
export type SecuritySettingsUpdate = z.infer<typeof SecuritySettingsUpdate>;

export const DEFAULT_SECURITY_SETTINGS: SecuritySettings = {
  lockoutThreshold: 5,
  lockoutMinutes: 15,
  passwordExpiryDays: 90,
  sessionIdleMinutes: 30,
  totpRequiredRoles: [],
};

/** The organisation's security policy (等保 level 3), kept by the security administrator. */
import { z } from 'zod';
import { ROLES } from '../enums.js';
import { VersionField } from '../shared.contract.js';

/** Ranges keep the policy within what assessors accept: lock after 3–10 failures, passwords changed at least yearly. */
export const SecuritySettings = z
  .strictObject({
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
  })
  .meta({ id: 'SecuritySettings' });
export type SecuritySettings = z.infer<typeof SecuritySettings>;

/** A change as the API takes it: any subset; with the `version` read, a concurrent change is refused (409). */
export const SecuritySettingsUpdate = SecuritySettings.partial().extend({ version: VersionField.optional() });
export type SecuritySettingsUpdate = z.infer<typeof SecuritySettingsUpdate>;
export type SecuritySettingsUpdateInput = z.input<typeof SecuritySettingsUpdate>;

/** The parts that are not settings: the password rule (in code), the session lifetime and login throttle (environment). */
export const FixedSecurityPolicy = z.object({
  passwordMinLength: z.number().int(),
  passwordMaxLength: z.number().int(),
  passwordMinClasses: z.number().int(),
  sessionHours: z.number(),
  loginFailuresPerIp: z.number().int(),
  loginFailuresWindowMinutes: z.number(),
});
export type FixedSecurityPolicy = z.infer<typeof FixedSecurityPolicy>;

export const SecurityPolicy = z.object({ security: SecuritySettings, version: z.number().int(), fixed: FixedSecurityPolicy });
export type SecurityPolicy = z.infer<typeof SecurityPolicy>;

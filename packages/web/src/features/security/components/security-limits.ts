/**
 * The ranges the server accepts (security-settings.schema.ts: what 等保 assessors accept) and the
 * defaults, shown beside each field so the administrator knows the bounds before saving.
 */
export const SECURITY_LIMITS = {
  lockoutThreshold: { min: 3, max: 10, default: 5 },
  lockoutMinutes: { min: 1, max: 24 * 60, default: 15 },
  passwordExpiryDays: { min: 1, max: 365, default: 90 },
  sessionIdleMinutes: { min: 5, max: 8 * 60, default: 30 },
} as const;

export type NumericSecuritySetting = keyof typeof SECURITY_LIMITS;

import * as z from 'zod/mini';
import { apiRequest } from '../../../shared/api/api-client';
import { Role } from '../../../shared/api/schemas';

/** The organisation's security policy, kept by the security administrator (server: security-settings.schema.ts). */
export const SecuritySettings = z.object({
  lockoutThreshold: z.number(),
  lockoutMinutes: z.number(),
  passwordExpiryDays: z.number(),
  sessionIdleMinutes: z.number(),
  totpRequiredRoles: z.array(Role),
});
export type SecuritySettings = z.infer<typeof SecuritySettings>;

/** The parts that are not settings: the password rule (in code), the session lifetime and login throttle (environment). */
const FixedSecurityPolicy = z.object({
  passwordMinLength: z.number(),
  passwordMaxLength: z.number(),
  passwordMinClasses: z.number(),
  sessionHours: z.number(),
  loginFailuresPerIp: z.number(),
  loginFailuresWindowMinutes: z.number(),
});
export type FixedSecurityPolicy = z.infer<typeof FixedSecurityPolicy>;

const SecurityPolicy = z.object({ security: SecuritySettings, version: z.number(), fixed: FixedSecurityPolicy });
export type SecurityPolicy = z.infer<typeof SecurityPolicy>;

export const securityKeys = { policy: ['settings', 'security'] as const };

export async function fetchSecurityPolicy(signal?: AbortSignal): Promise<SecurityPolicy> {
  return apiRequest('/api/settings/security', { schema: SecurityPolicy, signal });
}

/** PUT with the version read: a policy changed by someone else meanwhile is a 409 and nothing changes. */
export async function saveSecuritySettings(input: SecuritySettings & { version: number }): Promise<SecurityPolicy> {
  return apiRequest('/api/settings/security', { method: 'PUT', body: input, schema: SecurityPolicy });
}

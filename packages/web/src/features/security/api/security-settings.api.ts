import type { SecurityPolicy, SecuritySettingsUpdateInput } from '@plantrack/contract/settings/security-settings.contract';
import { apiRequest } from '../../../shared/api/api-client';

export const securityKeys = { policy: ['settings', 'security'] as const };

/** The policy, its version and the parts that are not settings (password rule, session lifetime, login throttle). */
export async function fetchSecurityPolicy(signal?: AbortSignal): Promise<SecurityPolicy> {
  return apiRequest<SecurityPolicy>('/api/settings/security', { signal });
}

/** PUT with the version read: a policy changed by someone else meanwhile is a 409 and nothing changes. */
export async function saveSecuritySettings(input: SecuritySettingsUpdateInput): Promise<SecurityPolicy> {
  return apiRequest<SecurityPolicy>('/api/settings/security', { method: 'PUT', body: input });
}

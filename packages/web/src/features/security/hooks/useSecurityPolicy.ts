import { useQuery } from '@tanstack/react-query';
import { fetchSecurityPolicy, securityKeys } from '../api/security-settings.api';

/** GET /api/settings/security — the policy, its version and its fixed parts. */
export function useSecurityPolicy() {
  return useQuery({ queryKey: securityKeys.policy, queryFn: ({ signal }) => fetchSecurityPolicy(signal) });
}

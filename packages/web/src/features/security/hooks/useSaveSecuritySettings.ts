import { useMutation, useQueryClient } from '@tanstack/react-query';
import { saveSecuritySettings, securityKeys } from '../api/security-settings.api';

/** PUT /api/settings/security — the saved policy replaces the cached one. */
export function useSaveSecuritySettings() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: saveSecuritySettings, onSuccess: (policy) => queryClient.setQueryData(securityKeys.policy, policy) });
}

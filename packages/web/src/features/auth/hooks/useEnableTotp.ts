import { useMutation, useQueryClient } from '@tanstack/react-query';
import { authKeys, enableTotp } from '../api/auth.api';
import type { CurrentUser } from '../api/auth.api';

/** POST /api/auth/totp/enable — like a password change, the restriction is lifted at once, then the user is asked for again. */
export function useEnableTotp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: enableTotp,
    onSuccess: ({ restriction }) => {
      queryClient.setQueryData<CurrentUser | null>(authKeys.me, (user) => (user ? { ...user, restriction } : user));
      void queryClient.invalidateQueries({ queryKey: authKeys.me });
    },
  });
}

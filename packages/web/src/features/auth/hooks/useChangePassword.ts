import { useMutation, useQueryClient } from '@tanstack/react-query';
import { authKeys, changePassword } from '../api/auth.api';
import type { CurrentUser } from '../api/auth.api';

/** POST /api/auth/password — the session's restriction is lifted at once (so the next page opens), then the user is asked for again. */
export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changePassword,
    onSuccess: ({ restriction }) => {
      queryClient.setQueryData<CurrentUser | null>(authKeys.me, (user) => (user ? { ...user, restriction } : user));
      void queryClient.invalidateQueries({ queryKey: authKeys.me });
    },
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { authKeys, logout } from '../api/auth.api';

/** POST /api/auth/logout — forgets everything cached for this user. */
export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSettled: () => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'auth' });
      queryClient.setQueryData(authKeys.me, null);
    },
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { authKeys, login } from '../api/auth.api';

/** POST /api/auth/login — on success the session cookie is set and the user is cached. */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (user) => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'auth' });
      queryClient.setQueryData(authKeys.me, user);
    },
  });
}

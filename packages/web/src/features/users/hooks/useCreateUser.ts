import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createUser, userKeys } from '../api/users.api';

/** POST /api/users — answers the one-time initial password. */
export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createUser, onSuccess: () => void queryClient.invalidateQueries({ queryKey: userKeys.all }) });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { resetUserPassword, userKeys } from '../api/users.api';

/** POST /api/users/:id/password — answers the one-time initial password. */
export function useResetUserPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: number; version: number }) => resetUserPassword(id, version),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { resetUserTotp, userKeys } from '../api/users.api';

/** DELETE /api/users/:id/totp — removes a lost authenticator; the user enrols again. */
export function useResetUserTotp() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: resetUserTotp, onSuccess: () => void queryClient.invalidateQueries({ queryKey: userKeys.all }) });
}

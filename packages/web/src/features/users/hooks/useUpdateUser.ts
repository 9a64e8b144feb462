import { useMutation, useQueryClient } from '@tanstack/react-query';
import { updateUser, userKeys } from '../api/users.api';
import type { UserPatchInput } from '@plantrack/contract/users/users.contract';

/** PATCH /api/users/:id — name, e-mail, department, role, enabled; with the version read (409 when stale). */
export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...patch }: UserPatchInput & { id: number }) => updateUser(id, patch),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
}

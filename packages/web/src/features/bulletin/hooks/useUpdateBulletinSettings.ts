import { useMutation, useQueryClient } from '@tanstack/react-query';
import { bulletinKeys, updateBulletinSettings } from '../api/bulletin.api';

/** PUT /api/settings/bulletin — the form shows what was saved. */
export function useUpdateBulletinSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateBulletinSettings,
    onSuccess: (saved) => queryClient.setQueryData(bulletinKeys.settings, saved),
  });
}

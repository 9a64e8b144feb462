import { useMutation, useQueryClient } from '@tanstack/react-query';
import { settingsKeys, updateRules } from '../api/settings.api';

/** PUT /api/settings/rules — every screen that judges by the rules reads them again. */
export function useUpdateRules() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateRules,
    onSuccess: (saved) => {
      queryClient.setQueryData(settingsKeys.rulesForEditing, saved);
      void queryClient.invalidateQueries({ queryKey: settingsKeys.rules, exact: true });
      void queryClient.invalidateQueries({ queryKey: ['dashboard'] });
      void queryClient.invalidateQueries({ queryKey: ['items'] });
    },
  });
}

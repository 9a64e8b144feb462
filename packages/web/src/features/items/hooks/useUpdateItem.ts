import { useMutation, useQueryClient } from '@tanstack/react-query';
import { itemKeys, updateItem } from '../api/items.api';
import type { ItemPatchInput } from '@plantrack/contract/items/items.contract';

/** PATCH /api/items/:id — a stale `version` is a 409 the caller shows as "reload". */
export function useUpdateItem(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: ItemPatchInput) => updateItem(id, patch),
    onSuccess: (item) => {
      queryClient.setQueryData(itemKeys.detail(id), item);
      void queryClient.invalidateQueries({ queryKey: [...itemKeys.all, 'list'] });
    },
  });
}

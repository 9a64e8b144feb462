import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { fetchItems, itemKeys } from '../api/items.api';
import type { ItemListParams } from '@plantrack/contract/items/items.contract';

/** GET /api/items — one page of a ledger, filtered; keeps the last page on screen while the next loads. */
export function useItems(params: ItemListParams, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: itemKeys.list(params),
    queryFn: ({ signal }) => fetchItems(params, signal),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}

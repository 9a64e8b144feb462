import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { auditKeys, fetchItemHistory } from '../api/audit.api';

export const HISTORY_PAGE_SIZE = 20;

/** GET /api/items/:id/history — refetched when the item changes (`itemStamp`: its last update). */
export function useItemHistory(itemId: number, page: number, itemStamp: string | undefined) {
  return useQuery({
    queryKey: auditKeys.itemHistory(itemId, page, itemStamp),
    queryFn: ({ signal }) => fetchItemHistory(itemId, page, HISTORY_PAGE_SIZE, signal),
    enabled: Number.isInteger(itemId) && itemId > 0,
    placeholderData: keepPreviousData,
  });
}

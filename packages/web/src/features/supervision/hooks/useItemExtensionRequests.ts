import { useQuery } from '@tanstack/react-query';
import { extensionRequestKeys, fetchItemExtensionRequests } from '../api/extension-requests.api';

/** GET /api/items/:id/extension-requests — an item's requests, newest first, and whether the caller may ask. */
export function useItemExtensionRequests(itemId: number) {
  return useQuery({ queryKey: extensionRequestKeys.ofItem(itemId), queryFn: ({ signal }) => fetchItemExtensionRequests(itemId, signal) });
}

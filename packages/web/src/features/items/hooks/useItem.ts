import { useQuery } from '@tanstack/react-query';
import { fetchItem, itemKeys } from '../api/items.api';

/** GET /api/items/:id — with full contacts for those who call people, and `policies`. */
export function useItem(id: number) {
  return useQuery({ queryKey: itemKeys.detail(id), queryFn: ({ signal }) => fetchItem(id, signal), enabled: Number.isInteger(id) && id > 0 });
}

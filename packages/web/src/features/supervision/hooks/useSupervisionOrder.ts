import { useQuery } from '@tanstack/react-query';
import { fetchSupervisionOrder, supervisionOrderKeys } from '../api/supervision-orders.api';

/** GET /api/supervision-orders/:id — one order with its step history. */
export function useSupervisionOrder(id: number | null) {
  return useQuery({
    queryKey: supervisionOrderKeys.detail(id ?? 0),
    queryFn: ({ signal }) => fetchSupervisionOrder(id ?? 0, signal),
    enabled: id !== null,
  });
}

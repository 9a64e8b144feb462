import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { fetchSupervisionOrders, supervisionOrderKeys } from '../api/supervision-orders.api';
import type { SupervisionOrderListParams } from '../api/supervision-orders.api';

/** GET /api/supervision-orders — orders newest first, by status, department, item, overdue. */
export function useSupervisionOrders(params: SupervisionOrderListParams) {
  return useQuery({
    queryKey: supervisionOrderKeys.list(params),
    queryFn: ({ signal }) => fetchSupervisionOrders(params, signal),
    placeholderData: keepPreviousData,
  });
}

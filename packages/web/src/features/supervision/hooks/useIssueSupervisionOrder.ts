import type { SupervisionOrderCreateInput } from '@plantrack/contract/supervision/supervision-orders.contract';
import { useMutation } from '@tanstack/react-query';
import { issueSupervisionOrder } from '../api/supervision-orders.api';
import { useInvalidateSupervision } from './useInvalidateSupervision';

/** POST /api/items/:id/supervision-orders — the office issues an order with its level and a reply date. */
export function useIssueSupervisionOrder(itemId: number) {
  const invalidate = useInvalidateSupervision();
  return useMutation({
    mutationFn: (input: SupervisionOrderCreateInput) => issueSupervisionOrder(itemId, input),
    onSuccess: () => invalidate(itemId),
  });
}

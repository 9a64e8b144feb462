import type { SupervisionOrder } from '@plantrack/contract/supervision/supervision-orders.contract';
import { useMutation } from '@tanstack/react-query';
import { takeSupervisionStep } from '../api/supervision-orders.api';
import type { SupervisionStep } from '../api/supervision-orders.api';
import { useInvalidateSupervision } from './useInvalidateSupervision';

/** POST /api/supervision-orders/:id/{acknowledge|answer|return|close} — one step of the order. */
export function useSupervisionStep() {
  const invalidate = useInvalidateSupervision();
  return useMutation({
    mutationFn: ({ order, step }: { order: SupervisionOrder; step: SupervisionStep }) => takeSupervisionStep(order.id, step),
    onSuccess: (order) => invalidate(order.item.id),
  });
}

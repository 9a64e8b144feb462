import { useMutation, useQueryClient } from '@tanstack/react-query';
import { itemKeys } from '../api/items.api';
import { quarterlyPlanKeys, setQuarterlyPlan } from '../api/quarterly-plans.api';
import type { QuarterlyPlanInput } from '@plantrack/contract/items/quarterly-plans.contract';

/** PUT /api/items/:id/quarterly-plans/:period — answers with the whole plan, which replaces the cache. */
export function useSetQuarterlyPlan(itemId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ period, input }: { period: string; input: QuarterlyPlanInput }) => setQuarterlyPlan(itemId, period, input),
    onSuccess: (plans) => {
      queryClient.setQueryData(quarterlyPlanKeys.ofItem(itemId), plans);
      // The item's status and history follow its plan.
      void queryClient.invalidateQueries({ queryKey: itemKeys.detail(itemId), predicate: (query) => query.queryKey[3] !== 'quarterly-plans' });
    },
  });
}

import { useQuery } from '@tanstack/react-query';
import { fetchQuarterlyPlans, quarterlyPlanKeys } from '../api/quarterly-plans.api';

/** GET /api/items/:id/quarterly-plans — every quarter of the plan, planned or not. */
export function useQuarterlyPlans(itemId: number) {
  return useQuery({ queryKey: quarterlyPlanKeys.ofItem(itemId), queryFn: ({ signal }) => fetchQuarterlyPlans(itemId, signal) });
}

import { useQuery } from '@tanstack/react-query';
import { fetchPlan, planKeys } from '../api/plan.api';

/** GET /api/plan — the plan with its ten key task areas. Only plan readers may call it. */
export function usePlan(options: { enabled?: boolean } = {}) {
  return useQuery({ queryKey: planKeys.plan, queryFn: ({ signal }) => fetchPlan(signal), staleTime: 5 * 60_000, enabled: options.enabled ?? true });
}

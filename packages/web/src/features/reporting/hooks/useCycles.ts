import { useQuery } from '@tanstack/react-query';
import { cycleKeys, fetchCycles } from '../api/cycles.api';

/** GET /api/cycles — every reporting cycle of the plan, latest first, with report counts. */
export function useCycles() {
  return useQuery({ queryKey: cycleKeys.all, queryFn: ({ signal }) => fetchCycles(signal) });
}

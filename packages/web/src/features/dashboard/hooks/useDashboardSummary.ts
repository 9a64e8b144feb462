import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { dashboardKeys, fetchDashboardSummary } from '../api/dashboard.api';

/** GET /api/dashboard/summary — the plan at a glance for a quarter (the server picks it when not given). */
export function useDashboardSummary(asOf: string | undefined) {
  return useQuery({ queryKey: dashboardKeys.summary(asOf), queryFn: ({ signal }) => fetchDashboardSummary(asOf, signal), placeholderData: keepPreviousData });
}

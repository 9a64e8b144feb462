import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { WarningsQuery } from '@plantrack/contract/dashboard/dashboard.contract';
import { dashboardKeys, fetchDashboardWarnings } from '../api/dashboard.api';

/** GET /api/dashboard/warnings — one page of the summary's warnings; nothing is fetched until `enabled`. */
export function useDashboardWarnings(query: WarningsQuery, enabled: boolean) {
  return useQuery({
    queryKey: dashboardKeys.warnings(query),
    queryFn: ({ signal }) => fetchDashboardWarnings(query, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

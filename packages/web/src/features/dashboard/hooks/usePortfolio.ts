import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { dashboardKeys, fetchPortfolio } from '../api/dashboard.api';

/** GET /api/dashboard/portfolio — a leader's own items (分管事项), summarised like the office's home. */
export function usePortfolio(asOf: string | undefined, leader?: number) {
  return useQuery({
    queryKey: dashboardKeys.portfolio(asOf, leader),
    queryFn: ({ signal }) => fetchPortfolio(asOf, leader, signal),
    placeholderData: keepPreviousData,
  });
}

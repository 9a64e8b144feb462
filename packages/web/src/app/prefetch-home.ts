import type { QueryClient } from '@tanstack/react-query';
import { dashboardKeys, fetchDashboardSummary } from '../features/dashboard/api/dashboard.api';

/** Where the office and leaders land: `/` sends them to the dashboard (HomeRedirect). */
const DASHBOARD_PATHS = new Set(['/', '/dashboard']);

/**
 * Without this the home page is a waterfall: the sign-in check, then the shell's chunk, then the
 * dashboard's chunk, then the summary. Opening the home page, all four start at once; the lazy routes
 * and the summary hook then find what they need already loading (same modules, same query key). When
 * nobody is signed in the summary answers 401, which sends to the login page as the check would.
 */
export function prefetchHome(queryClient: QueryClient, location: Pick<Location, 'pathname' | 'search'> = window.location): void {
  if (!DASHBOARD_PATHS.has(location.pathname)) return;
  void import('./shell/AppShell');
  void import('../pages/DashboardPage');
  const asOf = new URLSearchParams(location.search).get('asOf') ?? undefined;
  void queryClient.prefetchQuery({ queryKey: dashboardKeys.summary(asOf), queryFn: ({ signal }) => fetchDashboardSummary(asOf, signal) });
}

import type { QueryClient } from '@tanstack/react-query';
import { authKeys, fetchCurrentUser } from '../features/auth/api/auth.api';
import { dashboardKeys, fetchDashboardSummary } from '../features/dashboard/api/dashboard.api';
import { fetchLedgers, ledgerKeys } from '../features/ledgers/api/ledgers.api';
import { fetchUnreadCount, notificationKeys } from '../features/notifications/api/notifications.api';
import { NOTIFIED_ROLES } from '../features/notifications/notification-access';
import { fetchPlan, planKeys } from '../features/plan/api/plan.api';
import { AppShell, DashboardPage } from './home-pages';
import { PLAN_READERS, homePathFor } from './navigation';

/** Where the office lands: `/` sends it to the dashboard (HomeRedirect). */
const DASHBOARD_PATHS = new Set(['/', '/dashboard']);
/** The home `/` led to last time in this browser: the summary is asked for at once only if it was the dashboard. */
// vite.config.ts's early script reads the same key.
const LAST_HOME_KEY = 'plantrack.lastHome';

function lastHome(): string | null {
  try {
    return window.localStorage.getItem(LAST_HOME_KEY);
  } catch {
    return null;
  }
}

function rememberHome(path: string): void {
  try {
    window.localStorage.setItem(LAST_HOME_KEY, path);
  } catch {
    // A browser without storage only loses the head start.
  }
}

/**
 * The sign-in check, answered once the home's chunks are here too: RequireAuth's spinner then covers
 * their download and the shell renders at once. Were the check answered first (the early script asks
 * for it before the entry runs), the shell would suspend, and React holds back what replaces a Suspense
 * fallback for 300 ms.
 */
async function signedInWithChunks<T>(user: Promise<T>, chunks: Promise<unknown>): Promise<T> {
  const [answer] = await Promise.all([user, chunks]);
  return answer;
}

/**
 * Without this the home page is a waterfall: the sign-in check, then the shell's chunk, then the
 * dashboard's chunk, then the summary, then the header's and the sections' own queries. Opening the
 * home page, the chunks, the sign-in check and the summary start at once; the rest of what the shell
 * and the dashboard ask for starts as soon as the sign-in check says who this is (its role decides
 * whether `/` is the dashboard at all, so a department never pays for the office's lists). At `/` the
 * summary starts with the check only when this browser's last home was the dashboard: a role that may
 * not read it (or nobody signed in) would get a 403/401 the browser logs as an error. The lazy routes
 * and the hooks then find what they need already loading (same modules, same query keys).
 */
export function prefetchHome(queryClient: QueryClient, location: Pick<Location, 'pathname' | 'search'> = window.location): void {
  if (!DASHBOARD_PATHS.has(location.pathname)) return;
  // A failed chunk shows its error where the page renders; here it must not hold up the sign-in check.
  const chunks = Promise.all([AppShell.preload(), DashboardPage.preload()]).catch(() => undefined);
  const asOf = new URLSearchParams(location.search).get('asOf') ?? undefined;
  const prefetchSummary = () =>
    void queryClient.prefetchQuery({ queryKey: dashboardKeys.summary(asOf), queryFn: ({ signal }) => fetchDashboardSummary(asOf, signal) });
  const isSummaryStarted = location.pathname === '/dashboard' || lastHome() === '/dashboard';
  if (isSummaryStarted) prefetchSummary();
  void queryClient
    .fetchQuery({ queryKey: authKeys.me, queryFn: ({ signal }) => signedInWithChunks(fetchCurrentUser(signal), chunks), staleTime: Infinity })
    .then((user) => {
      if (!user || user.restriction) return;
      // The header's (AppShell): the plan's title and the bell's count.
      if (PLAN_READERS.includes(user.role)) void queryClient.prefetchQuery({ queryKey: planKeys.plan, queryFn: ({ signal }) => fetchPlan(signal) });
      if (NOTIFIED_ROLES.includes(user.role)) {
        void queryClient.prefetchQuery({ queryKey: notificationKeys.unread, queryFn: ({ signal }) => fetchUnreadCount(signal) });
      }
      const home = homePathFor(user.role);
      rememberHome(home);
      if (location.pathname !== '/dashboard' && home !== '/dashboard') return;
      if (!isSummaryStarted) prefetchSummary();
      // The dashboard's one list of its own: the ledgers (its other sections come with the summary).
      void queryClient.prefetchQuery({ queryKey: ledgerKeys.all, queryFn: ({ signal }) => fetchLedgers(signal) });
    })
    // The sign-in check's own error is shown by RequireAuth when it renders; nothing more to start here.
    .catch(() => undefined);
}

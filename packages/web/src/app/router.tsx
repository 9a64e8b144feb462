import { Suspense } from 'react';
import { createBrowserRouter } from 'react-router-dom';
import { CHANGE_PASSWORD_PATH, RequireAuth, TOTP_ENROLMENT_PATH } from '../features/auth/components/RequireAuth';
import { NOTIFICATIONS_PATH, NOTIFIED_ROLES } from '../features/notifications/notification-access';
import type { Role } from '@plantrack/contract/enums';
import { PageLoading } from '../ui/PageLoading';
import { lazyNamed } from './lazy-page';
import { PLAN_READERS, navEntry } from './navigation';
import type { NavKey } from './navigation';
import { AppShell, DashboardPage } from './home-pages';
import { HomeRedirect } from './shell/HomeRedirect';

// Every page is its own chunk: the login page and the shell never load what only one page needs
// (ECharts is imported by the indicator page alone).
const ChangePasswordPage = lazyNamed(() => import('../pages/ChangePasswordPage').then((m) => m.ChangePasswordPage));
const ReportingPage = lazyNamed(() => import('../pages/ReportingPage').then((m) => m.ReportingPage));
const ReportFormPage = lazyNamed(() => import('../pages/ReportFormPage').then((m) => m.ReportFormPage));
const ReviewPage = lazyNamed(() => import('../pages/ReviewPage').then((m) => m.ReviewPage));
const CyclesPage = lazyNamed(() => import('../pages/CyclesPage').then((m) => m.CyclesPage));
const LoginPage = lazyNamed(() => import('../pages/LoginPage').then((m) => m.LoginPage));
const LedgersPage = lazyNamed(() => import('../pages/LedgersPage').then((m) => m.LedgersPage));
const ItemPage = lazyNamed(() => import('../pages/ItemPage').then((m) => m.ItemPage));
const IndicatorsPage = lazyNamed(() => import('../pages/IndicatorsPage').then((m) => m.IndicatorsPage));
const IndicatorPage = lazyNamed(() => import('../pages/IndicatorPage').then((m) => m.IndicatorPage));
const PortfolioPage = lazyNamed(() => import('../pages/PortfolioPage').then((m) => m.PortfolioPage));
const SupervisionPage = lazyNamed(() => import('../pages/SupervisionPage').then((m) => m.SupervisionPage));
const RoadmapPage = lazyNamed(() => import('../pages/RoadmapPage').then((m) => m.RoadmapPage));
const ReportPage = lazyNamed(() => import('../pages/ReportPage').then((m) => m.ReportPage));
const UsersPage = lazyNamed(() => import('../pages/UsersPage').then((m) => m.UsersPage));
const DepartmentsPage = lazyNamed(() => import('../pages/DepartmentsPage').then((m) => m.DepartmentsPage));
const RulesSettingsPage = lazyNamed(() => import('../pages/RulesSettingsPage').then((m) => m.RulesSettingsPage));
const SecuritySettingsPage = lazyNamed(() => import('../pages/SecuritySettingsPage').then((m) => m.SecuritySettingsPage));
const AuditLogPage = lazyNamed(() => import('../pages/AuditLogPage').then((m) => m.AuditLogPage));
const TotpEnrolmentPage = lazyNamed(() => import('../pages/TotpEnrolmentPage').then((m) => m.TotpEnrolmentPage));
const ImportPage = lazyNamed(() => import('../pages/ImportPage').then((m) => m.ImportPage));
const PublicProgressPage = lazyNamed(() => import('../pages/PublicProgressPage').then((m) => m.PublicProgressPage));
const NotificationsPage = lazyNamed(() => import('../pages/NotificationsPage').then((m) => m.NotificationsPage));
const NotFoundPage = lazyNamed(() => import('../pages/NotFoundPage').then((m) => m.NotFoundPage));

/** Who may open a route; the shell checks it (RoleGate) so the check never weighs on the login page. */
export interface RouteAccess {
  roles: readonly Role[];
}

function page(path: string, roles: readonly Role[], element: React.ReactNode) {
  return { path, element, handle: { roles } satisfies RouteAccess };
}

/** A menu page: who may open it comes from its navigation entry. */
function menuPage(path: string, key: NavKey, element: React.ReactNode) {
  return page(path, navEntry(key).roles, element);
}

export const router = createBrowserRouter([
  {
    path: '/login',
    element: (
      <Suspense fallback={<PageLoading fullScreen />}>
        <LoginPage />
      </Suspense>
    ),
  },
  {
    path: '/public',
    element: (
      <Suspense fallback={<PageLoading fullScreen />}>
        <PublicProgressPage />
      </Suspense>
    ),
  },
  {
    path: TOTP_ENROLMENT_PATH,
    element: (
      <RequireAuth>
        <Suspense fallback={<PageLoading fullScreen />}>
          <TotpEnrolmentPage />
        </Suspense>
      </RequireAuth>
    ),
  },
  {
    path: CHANGE_PASSWORD_PATH,
    element: (
      <RequireAuth>
        <Suspense fallback={<PageLoading fullScreen />}>
          <ChangePasswordPage />
        </Suspense>
      </RequireAuth>
    ),
  },
  {
    path: '/',
    element: (
      <RequireAuth>
        <Suspense fallback={<PageLoading fullScreen />}>
          <AppShell />
        </Suspense>
      </RequireAuth>
    ),
    children: [
      { index: true, element: <HomeRedirect /> },
      page('dashboard', navEntry('dashboard').roles, <DashboardPage />),
      page('ledgers', PLAN_READERS, <LedgersPage />),
      page('items/:id', PLAN_READERS, <ItemPage />),
      page('imports', navEntry('imports').roles, <ImportPage />),
      page('indicators', PLAN_READERS, <IndicatorsPage />),
      page('indicators/:id', PLAN_READERS, <IndicatorPage />),
      page('portfolio', navEntry('portfolio').roles, <PortfolioPage />),
      menuPage('roadmap', 'roadmap', <RoadmapPage />),
      page('reporting', navEntry('reporting').roles, <ReportingPage />),
      page('reporting/items/:id/:period', navEntry('reporting').roles, <ReportFormPage />),
      page('reporting/cycles', navEntry('cycles').roles, <CyclesPage />),
      page('reports/:id', PLAN_READERS, <ReportPage />),
      page('review', navEntry('review').roles, <ReviewPage />),
      menuPage('supervision', 'supervision', <SupervisionPage />),
      menuPage('admin/users', 'users', <UsersPage />),
      menuPage('admin/departments', 'departments', <DepartmentsPage />),
      menuPage('admin/settings', 'settings', <RulesSettingsPage />),
      menuPage('admin/security', 'security', <SecuritySettingsPage />),
      menuPage('admin/audit', 'audit', <AuditLogPage />),
      page(NOTIFICATIONS_PATH.slice(1), NOTIFIED_ROLES, <NotificationsPage />),
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

import { lazyNamed } from './lazy-page';

/** The shell and the dashboard: the pages behind `/`, which prefetch-home.ts starts loading at once. */
export const AppShell = lazyNamed(() => import('./shell/AppShell').then((m) => m.AppShell));
export const DashboardPage = lazyNamed(() => import('../pages/DashboardPage').then((m) => m.DashboardPage));

import type { Role } from '@plantrack/contract/enums';

/**
 * What each role may use (PRODUCT.md "Who uses it"): the side menu, the home page and the route guards
 * all read this one table, so a menu entry and the page behind it can never disagree. The server
 * checks every call again; this only keeps people from seeing what they cannot use.
 */
export type NavKey =
  | 'dashboard'
  | 'portfolio'
  | 'ledgers'
  | 'imports'
  | 'myItems'
  | 'indicators'
  | 'roadmap'
  | 'reporting'
  | 'cycles'
  | 'review'
  | 'supervision'
  | 'departments'
  | 'users'
  | 'settings'
  | 'security'
  | 'audit';

export type NavGroup = 'plan' | 'work' | 'admin';

export interface NavEntry {
  key: NavKey;
  path: string;
  group: NavGroup;
  roles: readonly Role[];
}

const OFFICE: Role[] = ['hq'];
const DEPARTMENT: Role[] = ['dept_manager', 'dept_staff'];

export const NAV_ENTRIES: readonly NavEntry[] = [
  { key: 'dashboard', path: '/dashboard', group: 'plan', roles: ['hq', 'leader'] },
  { key: 'portfolio', path: '/portfolio', group: 'plan', roles: ['leader'] },
  { key: 'ledgers', path: '/ledgers', group: 'plan', roles: ['hq', 'leader'] },
  { key: 'myItems', path: '/ledgers', group: 'plan', roles: DEPARTMENT },
  { key: 'imports', path: '/imports', group: 'plan', roles: OFFICE },
  { key: 'indicators', path: '/indicators', group: 'plan', roles: ['hq', 'leader'] },
  { key: 'roadmap', path: '/roadmap', group: 'plan', roles: ['hq', 'leader'] },
  { key: 'reporting', path: '/reporting', group: 'work', roles: DEPARTMENT },
  { key: 'cycles', path: '/reporting/cycles', group: 'work', roles: OFFICE },
  { key: 'review', path: '/review', group: 'work', roles: OFFICE },
  { key: 'supervision', path: '/supervision', group: 'work', roles: OFFICE },
  { key: 'users', path: '/admin/users', group: 'admin', roles: ['sysadmin', 'secadmin'] },
  { key: 'departments', path: '/admin/departments', group: 'admin', roles: ['sysadmin', 'hq'] },
  { key: 'settings', path: '/admin/settings', group: 'admin', roles: ['sysadmin', 'hq'] },
  { key: 'security', path: '/admin/security', group: 'admin', roles: ['secadmin'] },
  { key: 'audit', path: '/admin/audit', group: 'admin', roles: ['auditor'] },
];

/** Pages every plan reader may open by link even without a menu entry (an item, an indicator). */
export const PLAN_READERS: readonly Role[] = ['hq', 'leader', 'dept_manager', 'dept_staff'];

export function navigationFor(role: Role): NavEntry[] {
  return NAV_ENTRIES.filter((entry) => entry.roles.includes(role));
}

export function navEntry(key: NavKey): NavEntry {
  const entry = NAV_ENTRIES.find((candidate) => candidate.key === key);
  if (!entry) throw new Error(`unknown navigation entry ${key}`);
  return entry;
}

/**
 * Where a role lands after signing in: what it comes to do. A department's staff come to report what
 * they owe this quarter, a leader to see their own areas; everyone else lands on the first thing
 * their menu offers.
 */
const HOME_OF: Partial<Record<Role, NavKey>> = { dept_staff: 'reporting', dept_manager: 'reporting', leader: 'portfolio' };

export function homePathFor(role: Role): string {
  const home = HOME_OF[role];
  return home ? navEntry(home).path : (navigationFor(role)[0]?.path ?? '/');
}

/** Roles that may open a path; the most specific entry wins (`/reporting/cycles` before `/reporting`). */
export function rolesForPath(pathname: string): readonly Role[] | null {
  const matches = NAV_ENTRIES.filter((entry) => pathname === entry.path || pathname.startsWith(`${entry.path}/`));
  if (matches.length === 0) return null;
  const longest = Math.max(...matches.map((entry) => entry.path.length));
  return [...new Set(matches.filter((entry) => entry.path.length === longest).flatMap((entry) => entry.roles))];
}

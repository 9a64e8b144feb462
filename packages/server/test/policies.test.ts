import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUDIT } from '../src/audit/audit.policies.js';
import type { Capability } from '../src/auth/capabilities.js';
import { ACCOUNT } from '../src/auth/policies.js';
import type { Role } from '../src/auth/roles.js';
import { ROLES } from '../src/auth/roles.js';
import { DASHBOARD } from '../src/dashboard/dashboard.policies.js';
import { INDICATORS } from '../src/indicators/indicators.policies.js';
import { IO } from '../src/io/io.policies.js';
import { ITEMS } from '../src/items/items.policies.js';
import { LEDGERS } from '../src/ledgers/ledgers.policies.js';
import { NOTIFICATIONS } from '../src/notifications/notifications.policies.js';
import { ORGANISATION } from '../src/organisation/organisation.policies.js';
import { PLAN } from '../src/plan/plan.policies.js';
import { REPORTING, REVIEW } from '../src/reporting/reporting.policies.js';
import { SETTINGS } from '../src/settings/settings.policies.js';
import { SUPERVISION } from '../src/supervision/supervision.policies.js';
import { USERS } from '../src/users/users.policies.js';
import type { RegisteredRoute } from './support/route-matrix.js';
import { isApiRoute, isPublic, routeCollector, routeKey } from './support/route-matrix.js';
import type { TestApp } from './support/test-app.js';
import { createTestApp } from './support/test-app.js';

/**
 * Who may do what, in one place: every feature's capability table, and every route naming one of
 * them. The expectation below is written out role by role so that granting or taking away a
 * capability (or adding a role) shows up in review as a change to this list.
 */
const TABLES = [ACCOUNT, AUDIT, DASHBOARD, INDICATORS, IO, ITEMS, LEDGERS, NOTIFICATIONS, ORGANISATION, PLAN, REPORTING, REVIEW, SETTINGS, SUPERVISION, USERS];
const CAPABILITIES: Capability[] = TABLES.flatMap((table) => Object.values<Capability>(table));

const EVERYONE: Role[] = ['hq', 'leader', 'dept_manager', 'dept_staff', 'sysadmin', 'secadmin', 'auditor'];
const ON_THE_PLAN: Role[] = ['hq', 'leader', 'dept_manager', 'dept_staff'];
const DEPARTMENTS: Role[] = ['dept_manager', 'dept_staff'];

const WHO_HAS: Record<string, Role[]> = {
  'account.manageOwnAccount': EVERYONE,
  'account.seeContacts': ON_THE_PLAN,
  'audit.readLog': ['auditor'],
  'audit.readItemHistory': ON_THE_PLAN,
  'dashboard.readSummary': ON_THE_PLAN,
  'dashboard.readPortfolio': ['hq', 'leader'],
  'dashboard.readAnyPortfolio': ['hq'],
  'dashboard.readRoadmap': ['hq', 'leader'],
  'indicators.read': ON_THE_PLAN,
  'indicators.edit': ['hq'],
  'indicators.enterOfficialValues': ['hq'],
  'indicators.draftValues': DEPARTMENTS,
  'indicators.submitValues': ['dept_manager'],
  'indicators.reviewValues': ['hq'],
  'io.exportLedgers': ON_THE_PLAN,
  'io.downloadHandout': ON_THE_PLAN,
  'io.downloadBulletin': ['hq', 'leader'],
  'io.importLedgers': ['hq'],
  'io.importProgress': ['hq'],
  'items.read': ON_THE_PLAN,
  'items.create': ['hq'],
  'items.edit': ['hq'],
  'items.delete': ['hq'],
  'items.editQuarterlyPlans': ['hq', 'dept_manager'],
  'ledgers.read': ON_THE_PLAN,
  'ledgers.edit': ['hq'],
  'notifications.readOwn': EVERYONE,
  'organisation.readDirectory': [...ON_THE_PLAN, 'sysadmin'],
  'organisation.readPeople': ON_THE_PLAN,
  'organisation.editDepartments': ['hq', 'sysadmin'],
  'organisation.editSections': ['hq', 'dept_manager', 'sysadmin'],
  'organisation.editAnySections': ['hq', 'sysadmin'],
  'organisation.editPeople': ['hq', 'dept_manager'],
  'organisation.editAnyPerson': ['hq'],
  'organisation.keepOwnDepartment': ['dept_manager'],
  'plan.read': ON_THE_PLAN,
  'plan.edit': ['hq'],
  'reporting.read': ON_THE_PLAN,
  'reporting.writeReports': DEPARTMENTS,
  'reporting.submitReports': ['dept_manager'],
  'reporting.runCycles': ['hq'],
  'review.reviewReports': ['hq'],
  'settings.readRules': [...ON_THE_PLAN, 'sysadmin'],
  'settings.editRules': ['hq', 'sysadmin'],
  'settings.readBulletinTexts': ['hq', 'leader'],
  'settings.editBulletinTexts': ['hq'],
  'settings.readSecurity': ['sysadmin', 'secadmin'],
  'settings.editSecurity': ['secadmin'],
  'supervision.read': ON_THE_PLAN,
  'supervision.issueOrders': ['hq'],
  'supervision.acknowledgeOrders': DEPARTMENTS,
  'supervision.answerOrders': ['dept_manager'],
  'supervision.returnOrders': ['hq'],
  'supervision.closeOrders': ['hq'],
  'supervision.acknowledgeItems': ['dept_manager'],
  'supervision.requestExtensions': ['dept_manager'],
  'supervision.decideAnyExtension': ['hq'],
  'supervision.decideOwnItemsExtensions': ['leader'],
  'supervision.writeInstructions': ['leader'],
  'supervision.followInstructions': DEPARTMENTS,
  'supervision.followAllInstructions': ['hq'],
  'users.read': ['sysadmin', 'secadmin'],
  'users.keepAccounts': ['sysadmin'],
  'users.assignAnyRole': ['secadmin'],
};

/** Roles in the order of the role list, so that the comparison ignores how a table happens to list them. */
const inRoleOrder = (roles: readonly Role[]) => ROLES.filter((role) => roles.includes(role));

describe('the capability tables', () => {
  it('grant each capability to exactly the roles written out here', () => {
    const actual = Object.fromEntries(CAPABILITIES.map((capability) => [capability.name, inRoleOrder(capability.roles)]));
    const expected = Object.fromEntries(Object.entries(WHO_HAS).map(([name, roles]) => [name, inRoleOrder(roles)]));
    expect(actual).toEqual(expected);
  });

  it('name each capability once', () => {
    const names = CAPABILITIES.map((capability) => capability.name);
    expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
  });
});

describe('routes', () => {
  let t: TestApp;
  let routes: RegisteredRoute[];
  beforeAll(async () => {
    const collector = routeCollector();
    t = await createTestApp({ onRoute: collector.onRoute });
    routes = collector.routes.filter(isApiRoute);
  });
  afterAll(async () => t.close());

  it('every API route is public or names a capability from a feature’s table, never a list of roles', () => {
    const known = new Set<unknown>(CAPABILITIES);
    expect(routes.length).toBeGreaterThan(50);
    expect(routes.filter((route) => !isPublic(route) && !known.has(route.access)).map(routeKey)).toEqual([]);
  });

  it('the public routes are the ones meant for anybody: login, session, health, the public progress page, the API description', () => {
    const publicRoutes = routes.filter((route) => route.access === 'public' && route.method !== 'HEAD').map(routeKey);
    expect(publicRoutes.sort()).toEqual([
      'GET /api/auth/session',
      'GET /api/health',
      'GET /api/health/live',
      'GET /api/health/ready',
      'GET /api/openapi.json',
      'GET /api/public/progress',
      'POST /api/auth/login',
      'POST /api/auth/logout',
    ]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../src/auth/roles.js';
import { ADMIN_ROLES, ROLES } from '../src/auth/roles.js';
import type { PlanFixture } from './support/factories.js';
import { buildDepartment, buildPlan, buildUser, TEST_PASSWORD } from './support/factories.js';
import type { RegisteredRoute } from './support/route-matrix.js';
import { callRoute, findUnguardedRoutes, isAllowed, isApiRoute, isPublic, routeCollector, routeKey } from './support/route-matrix.js';
import type { Session, TestApp } from './support/test-app.js';
import { createTestApp, loginAs } from './support/test-app.js';

/**
 * The access rule of every registered API route, tried by every role and by nobody: anonymous callers
 * get 401 except on public routes; a role not in the route's list gets 403 from the guard (and an
 * access.denied audit row); a role in the list gets past the guard. The routes come from the app itself
 * (an onRoute hook), so a route added tomorrow is in the matrix tomorrow.
 */
let t: TestApp;
let routes: RegisteredRoute[];
let plan: PlanFixture;
const sessions = {} as Record<Role, Session>;
const userIds = {} as Record<Role, number>;

beforeAll(async () => {
  const collector = routeCollector();
  t = await createTestApp({ onRoute: collector.onRoute });
  routes = collector.routes.filter(isApiRoute);
  plan = await buildPlan(t.db);
  const department = await buildDepartment(t.db, plan);
  for (const role of ROLES) {
    const user = await buildUser(t.db, plan, role, role.startsWith('dept_') ? department.id : null);
    userIds[role] = user.id;
    sessions[role] = await loginAs(t.app, user.username, TEST_PASSWORD);
  }
});
afterAll(async () => t.close());

describe('route × role access matrix', () => {
  it('every API route declares who may call it', () => {
    expect(routes.length).toBeGreaterThan(50);
    expect(findUnguardedRoutes(routes).map(routeKey)).toEqual([]);
  });

  it('anonymous callers get 401 everywhere except the public routes', async () => {
    const wrong: string[] = [];
    for (const route of routes) {
      const status = (await callRoute(t.app, route, null)).statusCode;
      if (isPublic(route) ? status === 401 : status !== 401) wrong.push(`${routeKey(route)} → ${status}`);
    }
    expect(wrong).toEqual([]);
  });

  it('each of the seven roles gets 403 from the guard on every route not granted to it, and passes it on every route that is', async () => {
    const wrong: string[] = [];
    const guarded = routes.filter((route) => !isPublic(route));
    for (const role of ROLES) {
      for (const route of guarded) {
        const response = await callRoute(t.app, route, sessions[role]);
        if (response.statusCode === 401) wrong.push(`${role} ${routeKey(route)} → 401 (${response.body})`);
        if (!isAllowed(route, role) && response.statusCode !== 403) wrong.push(`${role} ${routeKey(route)} → ${response.statusCode}, expected 403`);
      }
    }
    expect(wrong).toEqual([]);
    // The guard's own refusals are audited with the route; none may hit a route granted to the role.
    const denied = await t.db.selectFrom('auditLog').select(['userId', 'entityId']).where('action', '=', 'access.denied').execute();
    const deniedKeys = new Set(denied.map((row) => `${row.userId} ${row.entityId}`));
    for (const role of ROLES) {
      for (const route of guarded) {
        expect(deniedKeys.has(`${userIds[role]} ${routeKey(route)}`), `${role} ${routeKey(route)}`).toBe(!isAllowed(route, role));
      }
    }
  }, 180_000);
});

describe('separation of the three administrators (三权分立)', () => {
  it('an account holds exactly one role: granting another administrator role replaces the first', async () => {
    // One role column, no table that could add a second role to an account.
    const tables = await t.db.introspection.getTables();
    expect(
      tables
        .find((table) => table.name === 'users')!
        .columns.filter((column) => /role/.test(column.name))
        .map((c) => c.name),
    ).toEqual(['role']);
    expect(tables.map((table) => table.name).filter((name) => /role/.test(name))).toEqual([]);
    const user = await buildUser(t.db, plan, 'auditor');
    expect((await sessions.secadmin.patch(`/api/users/${user.id}`, { version: 1, role: 'sysadmin' })).statusCode).toBe(200);
    const session = await loginAs(t.app, user.username, TEST_PASSWORD);
    expect((await session.get('/api/auth/me')).json().user).toMatchObject({ role: 'sysadmin', roles: ['sysadmin'] });
    expect((await session.get('/api/audit')).statusCode).toBe(403);
    expect((await session.get('/api/users')).statusCode).toBe(200);
  });

  it('the system administrator cannot read the audit log; only the auditor can', async () => {
    const auditRoutes = routes.filter((route) => route.url.startsWith('/api/audit'));
    expect(auditRoutes.length).toBeGreaterThan(0);
    for (const route of auditRoutes) expect(route.access, routeKey(route)).toMatchObject({ roles: ['auditor'] });
    expect((await sessions.sysadmin.get('/api/audit')).statusCode).toBe(403);
    expect((await sessions.secadmin.get('/api/audit')).statusCode).toBe(403);
    expect((await sessions.auditor.get('/api/audit')).statusCode).toBe(200);
  });

  it('the auditor only reads: every route open to it is a read, apart from managing its own login and notifications', () => {
    const selfService = new Set([
      'POST /api/auth/password',
      'POST /api/auth/totp/setup',
      'POST /api/auth/totp/enable',
      'POST /api/notifications/:id/read',
      'POST /api/notifications/read-all',
    ]);
    const writes = routes.filter((route) => isAllowed(route, 'auditor') && !['GET', 'HEAD'].includes(route.method)).map(routeKey);
    expect(writes.filter((key) => !selfService.has(key))).toEqual([]);
  });

  it('no administrator role is granted a route that changes plan data', () => {
    const planPrefixes = [
      '/api/items',
      '/api/indicators',
      '/api/reports',
      '/api/cycles',
      '/api/reviews',
      '/api/plan',
      '/api/areas',
      '/api/ledgers',
      '/api/supervision-orders',
      '/api/instructions',
      '/api/imports',
    ];
    const granted = routes.filter(
      (route) =>
        !['GET', 'HEAD'].includes(route.method) && planPrefixes.some((p) => route.url.startsWith(p)) && ADMIN_ROLES.some((role) => isAllowed(route, role)),
    );
    expect(granted.map(routeKey)).toEqual([]);
  });
});

describe('a route left unguarded', () => {
  it('is flagged by the matrix, and the guard closes it to every role and to anonymous callers', async () => {
    const collector = routeCollector();
    let handlerRan = false;
    const leaky = await createTestApp({
      onRoute: collector.onRoute,
      beforeReady: (app) => {
        app.get('/api/throwaway', async () => {
          handlerRan = true;
          return { secret: 'leaked' };
        });
      },
    });
    try {
      expect(findUnguardedRoutes(collector.routes).map(routeKey)).toEqual(['GET /api/throwaway', 'HEAD /api/throwaway']);
      const plan = await buildPlan(leaky.db);
      const route = collector.routes.find((r) => r.url === '/api/throwaway' && r.method === 'GET')!;
      expect((await callRoute(leaky.app, route, null)).statusCode).toBe(401);
      for (const role of ROLES) {
        const user = await buildUser(leaky.db, plan, role);
        const response = await callRoute(leaky.app, route, await loginAs(leaky.app, user.username, TEST_PASSWORD));
        expect(response.statusCode, role).toBe(403);
        expect(response.body).not.toContain('leaked');
      }
      expect(handlerRan).toBe(false);
    } finally {
      await leaky.close();
    }
  });
});

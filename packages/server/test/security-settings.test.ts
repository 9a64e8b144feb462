import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../src/auth/roles.js';
import { ROLES } from '../src/auth/roles.js';
import { buildDepartment, buildPlan, buildUser, TEST_PASSWORD } from './support/factories.js';
import type { Session, TestApp } from './support/test-app.js';
import { createTestApp, loginAs } from './support/test-app.js';

let t: TestApp;
const as = {} as Record<Role, Session>;

beforeAll(async () => {
  t = await createTestApp();
  const plan = await buildPlan(t.db);
  const department = await buildDepartment(t.db, plan);
  for (const role of ROLES) {
    const user = await buildUser(t.db, plan, role, role.startsWith('dept_') ? department.id : null);
    as[role] = await loginAs(t.app, user.username, TEST_PASSWORD);
  }
});
afterAll(async () => t.close());

const DEFAULTS = { lockoutThreshold: 5, lockoutMinutes: 15, passwordExpiryDays: 90, sessionIdleMinutes: 30, totpRequiredRoles: [] };

describe('the security policy (GET/PUT /api/settings/security)', () => {
  it('the security and system administrators read it, with the defaults until changed; nobody else may', async () => {
    for (const role of ['secadmin', 'sysadmin'] as const) {
      const response = await as[role].get('/api/settings/security');
      expect(response.statusCode, role).toBe(200);
      expect(response.json().security).toEqual(DEFAULTS);
    }
    for (const role of ['hq', 'leader', 'dept_manager', 'dept_staff', 'auditor'] as const) {
      expect((await as[role].get('/api/settings/security')).statusCode, role).toBe(403);
    }
    expect((await t.app.inject({ method: 'GET', url: '/api/settings/security' })).statusCode).toBe(401);
  });

  it('only the security administrator changes it; the change is merged, kept and audited with before and after', async () => {
    for (const role of ROLES.filter((r) => r !== 'secadmin')) {
      expect((await as[role].put('/api/settings/security', { lockoutThreshold: 3 })).statusCode, role).toBe(403);
    }
    const changed = await as.secadmin.put('/api/settings/security', { lockoutThreshold: 4, totpRequiredRoles: ['secadmin', 'sysadmin', 'auditor'] });
    expect(changed.statusCode).toBe(200);
    const expected = { ...DEFAULTS, lockoutThreshold: 4, totpRequiredRoles: ['secadmin', 'sysadmin', 'auditor'] };
    expect(changed.json().security).toEqual(expected);
    expect((await as.sysadmin.get('/api/settings/security')).json().security).toEqual(expected);
    const audit = await t.db.selectFrom('auditLog').selectAll().where('action', '=', 'settings.security.update').execute();
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.before!)).toEqual(DEFAULTS);
    expect(JSON.parse(audit[0]!.after!)).toEqual(expected);
    await as.secadmin.put('/api/settings/security', DEFAULTS);
  });

  it('values outside what an assessor accepts, unknown roles and unknown fields are refused and change nothing', async () => {
    for (const body of [
      { lockoutThreshold: 20 },
      { lockoutThreshold: 0 },
      { passwordExpiryDays: 0 },
      { passwordExpiryDays: 1000 },
      { sessionIdleMinutes: 1 },
      { totpRequiredRoles: ['root'] },
      { totpRequiredRoles: ['hq', 'hq'] },
      { minimumLength: 4 },
    ]) {
      expect((await as.secadmin.put('/api/settings/security', body)).statusCode, JSON.stringify(body)).toBe(400);
    }
    expect((await as.secadmin.get('/api/settings/security')).json().security).toEqual(DEFAULTS);
  });
});

describe('the security policy is changed with optimistic concurrency', () => {
  it('it carries a version and the fixed parts of the policy; a change with a stale version is 409 and changes nothing', async () => {
    const read = (await as.secadmin.get('/api/settings/security')).json();
    expect(read.fixed).toEqual({
      passwordMinLength: 8,
      passwordMaxLength: 128,
      passwordMinClasses: 3,
      sessionHours: expect.any(Number),
      loginFailuresPerIp: expect.any(Number),
      loginFailuresWindowMinutes: 5,
    });
    const changed = await as.secadmin.put('/api/settings/security', { version: read.version, lockoutMinutes: 20 });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ version: read.version + 1, security: { lockoutMinutes: 20 } });
    const stale = await as.secadmin.put('/api/settings/security', { version: read.version, lockoutMinutes: 30 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('STALE_VERSION');
    const now = (await as.sysadmin.get('/api/settings/security')).json();
    expect(now).toMatchObject({ version: read.version + 1, security: { lockoutMinutes: 20 } });
    const audit = await t.db
      .selectFrom('auditLog')
      .selectAll()
      .where('action', '=', 'settings.security.update')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.after!)).not.toHaveProperty('version');
    await as.secadmin.put('/api/settings/security', { version: now.version, ...DEFAULTS });
  });
});

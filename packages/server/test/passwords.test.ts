import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPasswordProblem } from '../src/auth/password-policy.js';
import { createSampleAccounts, randomAccountPassword } from '../src/seed/sample-accounts.js';
import { loadConfig } from '../src/config.js';
import type { PlanFixture } from './support/factories.js';
import { buildDepartment, buildPlan, buildUser, TEST_PASSWORD } from './support/factories.js';
import type { Session, TestApp } from './support/test-app.js';
import { createTestApp, loginAs } from './support/test-app.js';

let t: TestApp;
let plan: PlanFixture;
let sysadmin: Session;
let secadmin: Session;

beforeAll(async () => {
  t = await createTestApp();
  plan = await buildPlan(t.db);
  sysadmin = await loginAs(t.app, (await buildUser(t.db, plan, 'sysadmin')).username, TEST_PASSWORD);
  secadmin = await loginAs(t.app, (await buildUser(t.db, plan, 'secadmin')).username, TEST_PASSWORD);
});
afterAll(async () => t.close());

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
let serial = 0;
const createBySysadmin = (password: string) => sysadmin.post('/api/users', { username: `pw_user_${++serial}`, password, role: 'leader' });

describe('the password rule, as assessors check it', () => {
  it('refuses fewer than 8 characters, fewer than three character classes, common passwords and more than 128 characters', async () => {
    for (const [password, rule] of [
      ['Ab1-xyz', 'too_short'],
      ['onlylowercase', 'too_few_classes'],
      ['lower-and-symbols', 'too_few_classes'],
      ['P@ssw0rd', 'too_common'],
      ['Admin@123', 'too_common'],
      [`Aa1-${'x'.repeat(125)}`, 'too_long'],
    ] as const) {
      const response = await createBySysadmin(password);
      expect(response.statusCode, password).toBe(400);
      expect(response.json().error.details.fields[0]).toMatchObject({ field: 'body.password' });
      expect(findPasswordProblem(password)).toBe(rule);
    }
  });

  it('accepts three of four classes and up to 128 characters', async () => {
    expect((await createBySysadmin('kite-Rise-tall')).statusCode).toBe(201);
    expect((await createBySysadmin(`Aa1-${'x'.repeat(124)}`)).statusCode).toBe(201);
  });

  it('the administrator’s reset applies the same rule', async () => {
    const user = await buildUser(t.db, plan, 'leader');
    const response = await sysadmin.post(`/api/users/${user.id}/password`, { version: 1, password: 'Password123!' });
    expect(response.statusCode).toBe(400);
  });
});

describe('initial and reset passwords must be changed', () => {
  it('an account created by the administrator logs in to a session that may only change its password', async () => {
    await sysadmin.post('/api/users', { username: 'zhao_new', password: 'Initial-pass-1', role: 'hq' });
    const session = await loginAs(t.app, 'zhao_new', 'Initial-pass-1');
    const me = (await session.get('/api/auth/me')).json();
    expect(me.restriction).toBe('password_change');
    const blocked = await session.get('/api/items');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error).toMatchObject({ code: 'PASSWORD_CHANGE_REQUIRED', message: expect.stringContaining('修改密码') });
    expect((await session.post('/api/cycles', { period: '2024Q1', deadline: '2024-04-10' })).json().error.code).toBe('PASSWORD_CHANGE_REQUIRED');

    const changed = await session.post('/api/auth/password', { currentPassword: 'Initial-pass-1', newPassword: 'Own-choice-2024' });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toEqual({ restriction: null });
    expect((await session.get('/api/items')).statusCode).toBe(200);
    expect((await t.db.selectFrom('users').select('mustChangePassword').where('username', '=', 'zhao_new').executeTakeFirstOrThrow()).mustChangePassword).toBe(
      0,
    );
  });

  it('a password reset by the administrator must be changed at the next login', async () => {
    const user = await buildUser(t.db, plan, 'leader');
    expect((await sysadmin.post(`/api/users/${user.id}/password`, { version: 1, password: 'Reset-by-admin-1' })).json().user.mustChangePassword).toBe(true);
    const session = await loginAs(t.app, user.username, 'Reset-by-admin-1');
    expect((await session.get('/api/items')).json().error.code).toBe('PASSWORD_CHANGE_REQUIRED');
    expect((await session.post('/api/auth/logout')).statusCode).toBe(200);
  });

  it('a password older than the policy allows (90 days by default) must be changed', async () => {
    const user = await buildUser(t.db, plan, 'leader');
    await t.db
      .updateTable('users')
      .set({ passwordChangedAt: daysAgo(91) })
      .where('id', '=', user.id)
      .execute();
    const session = await loginAs(t.app, user.username, TEST_PASSWORD);
    expect((await session.get('/api/items')).json().error.code).toBe('PASSWORD_CHANGE_REQUIRED');

    const fresh = await buildUser(t.db, plan, 'leader');
    await t.db
      .updateTable('users')
      .set({ passwordChangedAt: daysAgo(31) })
      .where('id', '=', fresh.id)
      .execute();
    expect((await (await loginAs(t.app, fresh.username, TEST_PASSWORD)).get('/api/items')).statusCode).toBe(200);
    expect((await secadmin.put('/api/settings/security', { passwordExpiryDays: 30 })).statusCode).toBe(200);
    expect((await (await loginAs(t.app, fresh.username, TEST_PASSWORD)).get('/api/items')).statusCode).toBe(403);
    await secadmin.put('/api/settings/security', { passwordExpiryDays: 90 });
  });
});

describe('changing one’s own password', () => {
  it('needs the current password, a new one that passes the rule and differs from it', async () => {
    const user = await buildUser(t.db, plan, 'leader');
    const session = await loginAs(t.app, user.username, TEST_PASSWORD);
    const wrong = await session.post('/api/auth/password', { currentPassword: 'Not-the-password-1', newPassword: 'Own-choice-2024' });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().error.code).toBe('CURRENT_PASSWORD_INCORRECT');
    const same = await session.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD });
    expect(same.statusCode).toBe(400);
    expect(same.json().error.details).toMatchObject({ field: 'newPassword', rule: 'same_as_current' });
    const weak = await session.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'qwertyuiop' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.details.fields[0].field).toBe('body.newPassword');
    // A wrong current password counts towards the lock, like a failed login.
    expect((await t.db.selectFrom('users').select('failedLoginCount').where('id', '=', user.id).executeTakeFirstOrThrow()).failedLoginCount).toBe(1);
  });

  it('ends the user’s other sessions, keeps this one, and the old password stops working; the audit log records it', async () => {
    const user = await buildUser(t.db, plan, 'hq');
    const other = await loginAs(t.app, user.username, TEST_PASSWORD);
    const session = await loginAs(t.app, user.username, TEST_PASSWORD);
    expect((await session.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'Brand-new-2024' })).statusCode).toBe(200);
    expect((await other.get('/api/items')).statusCode).toBe(401);
    expect((await session.get('/api/items')).statusCode).toBe(200);
    await expect(loginAs(t.app, user.username, TEST_PASSWORD)).rejects.toThrow(/401/);
    await loginAs(t.app, user.username, 'Brand-new-2024');
    const audit = await t.db.selectFrom('auditLog').selectAll().where('action', '=', 'auth.password.change').where('userId', '=', user.id).execute();
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain('Brand-new-2024');
  });
});

describe('the sample accounts', () => {
  it('with PLANTRACK_DEMO_PASSWORD they log straight in, unrestricted, for the demonstration', async () => {
    const own = await createTestApp();
    try {
      const ownPlan = await buildPlan(own.db);
      await buildDepartment(own.db, ownPlan, { shortName: '市科技局' });
      await createSampleAccounts(own.db, ownPlan.organisationId, 'Demo-pass-2024');
      const hq = await loginAs(own.app, 'hq', 'Demo-pass-2024');
      expect((await hq.get('/api/auth/me')).json().restriction).toBeNull();
      expect((await hq.get('/api/items')).statusCode).toBe(200);
    } finally {
      await own.close();
    }
  });

  it('with a random password they must change it first; the random password always passes the rule', async () => {
    const own = await createTestApp();
    try {
      const ownPlan = await buildPlan(own.db);
      await buildDepartment(own.db, ownPlan, { shortName: '市科技局' });
      const { password } = await createSampleAccounts(own.db, ownPlan.organisationId, undefined);
      expect((await (await loginAs(own.app, 'hq', password)).get('/api/items')).json().error.code).toBe('PASSWORD_CHANGE_REQUIRED');
      for (let i = 0; i < 200; i++) expect(findPasswordProblem(randomAccountPassword())).toBeNull();
    } finally {
      await own.close();
    }
  });

  it('a demo password that breaks the rule stops the start with a clear message', () => {
    expect(() => loadConfig({ PLANTRACK_DEMO_PASSWORD: 'demo1234' })).toThrow(/三类|three of/);
    expect(() => loadConfig({ PLANTRACK_DEMO_PASSWORD: 'P@ssw0rd' })).toThrow(/常见|common/);
    expect(loadConfig({ PLANTRACK_DEMO_PASSWORD: 'Demo-pass-2024' }).demoPassword).toBe('Demo-pass-2024');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanFixture } from './support/factories.js';
import { buildUser, TEST_PASSWORD } from './support/factories.js';
import { startAppWithAdministrators } from './support/app-with-administrators.js';
import type { Session, TestApp } from './support/test-app.js';
import { loginAs } from './support/test-app.js';
import { startOfFreshWindow } from './support/rate-windows.js';

let t: TestApp;
let plan: PlanFixture;
let secadmin: Session;
let sysadmin: Session;

beforeAll(async () => {
  ({ t, plan, secadmin, sysadmin } = await startAppWithAdministrators());
});
afterAll(async () => t.close());

// Each test fails from an address of its own, so the per-address throttle of one never meets another's.
let lastOctet = 10;
const newAddress = () => `10.20.0.${++lastOctet}`;
const attempt = (username: string, password: string, remoteAddress: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress, headers, payload: { username, password } });
const userRow = (id: number) => t.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const minutesFromNow = (iso: string) => (Date.parse(iso) - Date.now()) / 60_000;

describe('account lockout after failed logins', () => {
  it('five wrong passwords lock the account for 15 minutes, and while locked even the right password gets the wrong-password answer', async () => {
    const user = await buildUser(t.db, plan, 'hq');
    const ip = newAddress();
    const wrongAnswers = [];
    for (let i = 0; i < 5; i++) wrongAnswers.push(await attempt(user.username, 'Wrong-pass-1', ip));
    expect(wrongAnswers.map((r) => r.statusCode)).toEqual([401, 401, 401, 401, 401]);
    const locked = await attempt(user.username, TEST_PASSWORD, ip);
    expect(locked.statusCode).toBe(401);
    // Same code and message as a wrong password: the lock cannot be probed.
    expect(locked.json()).toEqual(wrongAnswers[0]!.json());
    expect(locked.json().error).toEqual({ code: 'INVALID_CREDENTIALS', message: '用户名或密码错误', details: {} });
    expect(minutesFromNow((await userRow(user.id)).lockedUntil!)).toBeGreaterThan(14);
    expect(minutesFromNow((await userRow(user.id)).lockedUntil!)).toBeLessThanOrEqual(15);
  });

  it('the lock and the refused attempts are in the audit log of the account’s organisation', async () => {
    const user = await buildUser(t.db, plan, 'leader');
    const ip = newAddress();
    for (let i = 0; i < 6; i++) await attempt(user.username, 'Wrong-pass-1', ip);
    const rows = await t.db.selectFrom('auditLog').selectAll().where('organisationId', '=', plan.organisationId).where('userId', '=', user.id).execute();
    expect(rows.filter((r) => r.action === 'auth.lockout')).toHaveLength(1);
    const reasons = rows.filter((r) => r.action === 'auth.login').map((r) => JSON.parse(r.after!).reason);
    expect(reasons).toEqual(['password', 'password', 'password', 'password', 'password', 'locked']);
  });

  it('when the lock has run out the right password works again and the failures are forgotten', async () => {
    const user = await buildUser(t.db, plan, 'hq');
    const ip = newAddress();
    for (let i = 0; i < 5; i++) await attempt(user.username, 'Wrong-pass-1', ip);
    await t.db
      .updateTable('users')
      .set({ lockedUntil: new Date(Date.now() - 1000).toISOString() })
      .where('id', '=', user.id)
      .execute();
    expect((await attempt(user.username, TEST_PASSWORD, ip)).statusCode).toBe(200);
    expect(await userRow(user.id)).toMatchObject({ failedLoginCount: 0, lockedUntil: null });
  });

  it('a successful login, or failures further apart than the lock time, start the count again', async () => {
    const user = await buildUser(t.db, plan, 'hq');
    const ip = newAddress();
    for (let i = 0; i < 4; i++) await attempt(user.username, 'Wrong-pass-1', ip);
    await loginAs(t.app, user.username, TEST_PASSWORD);
    for (let i = 0; i < 4; i++) await attempt(user.username, 'Wrong-pass-1', ip);
    await t.db
      .updateTable('users')
      .set({ lastFailedLoginAt: new Date(Date.now() - 16 * 60_000).toISOString() })
      .where('id', '=', user.id)
      .execute();
    await attempt(user.username, 'Wrong-pass-1', ip);
    expect(await userRow(user.id)).toMatchObject({ failedLoginCount: 1, lockedUntil: null });
    expect((await attempt(user.username, TEST_PASSWORD, ip)).statusCode).toBe(200);
  });

  it('the security administrator’s threshold and duration apply', async () => {
    expect((await secadmin.put('/api/settings/security', { lockoutThreshold: 3, lockoutMinutes: 60 })).statusCode).toBe(200);
    try {
      const user = await buildUser(t.db, plan, 'hq');
      const ip = newAddress();
      for (let i = 0; i < 3; i++) await attempt(user.username, 'Wrong-pass-1', ip);
      expect(minutesFromNow((await userRow(user.id)).lockedUntil!)).toBeGreaterThan(59);
      expect((await attempt(user.username, TEST_PASSWORD, ip)).statusCode).toBe(401);
    } finally {
      await secadmin.put('/api/settings/security', { lockoutThreshold: 5, lockoutMinutes: 15 });
    }
  });

  it('a password reset by the system administrator lifts the lock', async () => {
    const user = await buildUser(t.db, plan, 'leader');
    const ip = newAddress();
    for (let i = 0; i < 5; i++) await attempt(user.username, 'Wrong-pass-1', ip);
    expect((await sysadmin.post(`/api/users/${user.id}/password`, { version: 1, password: 'Unlocked-2024' })).statusCode).toBe(200);
    expect((await attempt(user.username, 'Unlocked-2024', ip)).statusCode).toBe(200);
  });
});

describe('throttling failed logins per address', () => {
  it('after 20 failed logins in 5 minutes an address gets 429 for any account, while other addresses log in as usual', async () => {
    const user = await buildUser(t.db, plan, 'hq');
    const ip = newAddress();
    await startOfFreshWindow(300, 20);
    // Twenty different (unknown) names: one place guessing widely, which a per-account lock alone would not stop.
    const failures = await Promise.all(Array.from({ length: 20 }, (_, i) => attempt(`nobody_${i}`, 'Wrong-pass-1', ip)));
    expect(failures.map((r) => r.statusCode)).toEqual(Array(20).fill(401));
    const throttled = await attempt(user.username, TEST_PASSWORD, ip);
    expect(throttled.statusCode).toBe(429);
    expect(throttled.json().error.code).toBe('RATE_LIMITED');
    expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(throttled.headers['retry-after'])).toBeLessThanOrEqual(300);
    // A client cannot pose as another address: X-Forwarded-For counts only from a trusted proxy.
    expect((await attempt(user.username, TEST_PASSWORD, ip, { 'x-forwarded-for': '203.0.113.9' })).statusCode).toBe(429);
    expect((await attempt(user.username, TEST_PASSWORD, newAddress())).statusCode).toBe(200);
    // The account itself was never locked by all this.
    expect((await userRow(user.id)).lockedUntil).toBeNull();
  });

  it('counters from past windows are deleted as new windows start', async () => {
    const old = new Date(Date.now() - 2 * 86_400_000).toISOString();
    await t.db.insertInto('rateLimitCounters').values({ bucket: 'login-failures:ip:192.0.2.1', windowStart: old, hits: 3 }).execute();
    await attempt('nobody', 'Wrong-pass-1', newAddress());
    expect(await t.db.selectFrom('rateLimitCounters').selectAll().where('windowStart', '=', old).execute()).toHaveLength(0);
  });
});

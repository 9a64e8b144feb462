import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpCodeAt } from '../src/auth/totp.js';
import type { PlanFixture } from './support/factories.js';
import { buildUser, TEST_PASSWORD } from './support/factories.js';
import { startAppWithAdministrators } from './support/app-with-administrators.js';
import type { Session, TestApp } from './support/test-app.js';
import { loginAs } from './support/test-app.js';

let t: TestApp;
let plan: PlanFixture;
let secadmin: Session;
let sysadmin: Session;

beforeAll(async () => {
  ({ t, plan, secadmin, sysadmin } = await startAppWithAdministrators());
});
afterAll(async () => t.close());

const login = (username: string, extra: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: TEST_PASSWORD, ...extra } });
/** The code an authenticator app shows now, or `steps` 30-second steps away. */
const codeFor = (secret: string, steps = 0) => totpCodeAt(secret, Date.now() + steps * 30_000);

/** A user who has enrolled: the secret, and the code the enrolment used (its step is spent). */
async function enrolledUser(role: 'hq' | 'leader' = 'hq') {
  const user = await buildUser(t.db, plan, role);
  const session = await loginAs(t.app, user.username, TEST_PASSWORD);
  const { secret } = (await session.post('/api/auth/totp/setup')).json();
  const enrolmentCode = codeFor(secret);
  expect((await session.post('/api/auth/totp/enable', { code: enrolmentCode })).statusCode).toBe(200);
  return { user, secret, enrolmentCode };
}

describe('enrolling an authenticator app', () => {
  it('setup returns a base32 secret and an otpauth:// URI; a correct code enables it, a wrong one does not', async () => {
    const user = await buildUser(t.db, plan, 'leader');
    const session = await loginAs(t.app, user.username, TEST_PASSWORD);
    const setup = await session.post('/api/auth/totp/setup');
    expect(setup.statusCode).toBe(200);
    const { secret, otpauthUri } = setup.json();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(otpauthUri).toBe(`otpauth://totp/PlanTrack%3A${user.username}?secret=${secret}&issuer=PlanTrack&algorithm=SHA1&digits=6&period=30`);
    const wrongCode = codeFor(secret) === '000000' ? '111111' : '000000';
    const wrong = await session.post('/api/auth/totp/enable', { code: wrongCode });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error.code).toBe('TOTP_CODE_INVALID');
    expect((await session.post('/api/auth/totp/enable', { code: codeFor(secret) })).statusCode).toBe(200);
    // Once enabled it cannot be replaced from a session: a lost app is for the administrator to reset.
    expect((await session.post('/api/auth/totp/setup')).statusCode).toBe(409);
    const audit = await t.db.selectFrom('auditLog').select('action').where('userId', '=', user.id).where('action', '=', 'auth.totp.enable').execute();
    expect(audit).toHaveLength(1);
  });

  it('the secret is stored encrypted, never as the base32 the app was given', async () => {
    const { user, secret } = await enrolledUser();
    const row = await t.db.selectFrom('userTotp').selectAll().where('userId', '=', user.id).executeTakeFirstOrThrow();
    expect(row.secret).not.toContain(secret);
    expect(row.secret).toMatch(/^sm4:/);
  });
});

describe('logging in with a second factor', () => {
  it('after the password the code is asked for; a wrong code is refused; the right one opens the session', async () => {
    const { user, secret } = await enrolledUser();
    const withoutCode = await login(user.username);
    expect(withoutCode.statusCode).toBe(401);
    expect(withoutCode.json().error.code).toBe('TOTP_REQUIRED');
    expect(withoutCode.headers['set-cookie']).toBeUndefined();
    const wrongCode = codeFor(secret, 1) === '123456' ? '654321' : '123456';
    expect((await login(user.username, { totpCode: wrongCode })).json().error.code).toBe('TOTP_CODE_INVALID');
    const session = await loginAs(t.app, user.username, TEST_PASSWORD, { totpCode: codeFor(secret, 1) });
    expect((await session.get('/api/items')).statusCode).toBe(200);
  });

  it('a code works once: replaying it, or an older one, is refused', async () => {
    const { user, secret, enrolmentCode } = await enrolledUser();
    expect((await login(user.username, { totpCode: enrolmentCode })).json().error.code).toBe('TOTP_CODE_INVALID');
    const next = codeFor(secret, 1);
    expect((await login(user.username, { totpCode: next })).statusCode).toBe(200);
    expect((await login(user.username, { totpCode: next })).json().error.code).toBe('TOTP_CODE_INVALID');
    expect((await login(user.username, { totpCode: codeFor(secret, -1) })).json().error.code).toBe('TOTP_CODE_INVALID');
  });

  it('wrong codes count towards the lock like wrong passwords', async () => {
    const { user, secret } = await enrolledUser();
    const wrongCode = codeFor(secret, 1) === '999999' ? '888888' : '999999';
    for (let i = 0; i < 5; i++) await login(user.username, { totpCode: wrongCode });
    const row = await t.db.selectFrom('users').select('lockedUntil').where('id', '=', user.id).executeTakeFirstOrThrow();
    expect(row.lockedUntil).not.toBeNull();
    expect((await login(user.username, { totpCode: codeFor(secret, 1) })).json().error.code).toBe('INVALID_CREDENTIALS');
  });

  it('the system administrator removes a lost second factor: the sessions end and the user logs in with the password alone', async () => {
    const { user } = await enrolledUser('leader');
    expect((await sysadmin.delete(`/api/users/${user.id}/totp`)).statusCode).toBe(204);
    expect((await login(user.username)).statusCode).toBe(200);
    expect(
      await t.db.selectFrom('auditLog').select('id').where('action', '=', 'user.reset_totp').where('entityId', '=', String(user.id)).execute(),
    ).toHaveLength(1);
    expect((await secadmin.delete(`/api/users/${user.id}/totp`)).statusCode).toBe(403);
  });
});

describe('a second factor required for a role', () => {
  it('a user of that role without one gets a session that can only enrol; enrolling lifts it, and later logins need the code', async () => {
    expect((await secadmin.put('/api/settings/security', { totpRequiredRoles: ['dept_manager', 'hq'] })).statusCode).toBe(200);
    try {
      const user = await buildUser(t.db, plan, 'hq');
      const session = await loginAs(t.app, user.username, TEST_PASSWORD);
      expect((await session.get('/api/auth/me')).json().restriction).toBe('totp_enrolment');
      const blocked = await session.get('/api/items');
      expect(blocked.statusCode).toBe(403);
      expect(blocked.json().error.code).toBe('TOTP_ENROLMENT_REQUIRED');
      const { secret } = (await session.post('/api/auth/totp/setup')).json();
      expect((await session.post('/api/auth/totp/enable', { code: codeFor(secret) })).json()).toEqual({ restriction: null });
      expect((await session.get('/api/items')).statusCode).toBe(200);
      expect((await login(user.username)).json().error.code).toBe('TOTP_REQUIRED');
      // Roles not named are not affected.
      const leader = await buildUser(t.db, plan, 'leader');
      expect((await (await loginAs(t.app, leader.username, TEST_PASSWORD)).get('/api/items')).statusCode).toBe(200);
    } finally {
      await secadmin.put('/api/settings/security', { totpRequiredRoles: [] });
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
const sessionsOf = (userId: number) => t.db.selectFrom('sessions').selectAll().where('userId', '=', userId).execute();
const auditOf = (userId: number, action: string) =>
  t.db
    .selectFrom('auditLog')
    .select(['userId', 'username', 'ip', 'outcome', 'after'])
    .where('action', '=', action)
    .where('entityType', '=', 'user')
    .where('entityId', '=', String(userId))
    .orderBy('id')
    .execute();
async function userWithSession() {
  const user = await buildUser(t.db, plan, 'hq');
  return { user, session: await loginAs(t.app, user.username, TEST_PASSWORD) };
}

describe('session lifetime', () => {
  it('a session unused for more than 30 minutes ends and is deleted; one used within 30 minutes goes on', async () => {
    const idle = await userWithSession();
    await t.db
      .updateTable('sessions')
      .set({ lastSeenAt: minutesAgo(31) })
      .where('userId', '=', idle.user.id)
      .execute();
    expect((await idle.session.get('/api/items')).statusCode).toBe(401);
    expect(await sessionsOf(idle.user.id)).toHaveLength(0);
    // The end is recorded once, in the user's name; presenting the dead cookie again records nothing more.
    expect((await idle.session.get('/api/items')).statusCode).toBe(401);
    expect(await auditOf(idle.user.id, 'auth.session_end')).toEqual([
      { userId: idle.user.id, username: idle.user.username, ip: expect.any(String), outcome: 'success', after: JSON.stringify({ reason: 'idle_timeout' }) },
    ]);

    const busy = await userWithSession();
    await t.db
      .updateTable('sessions')
      .set({ lastSeenAt: minutesAgo(29) })
      .where('userId', '=', busy.user.id)
      .execute();
    expect((await busy.session.get('/api/items')).statusCode).toBe(200);
    // Using it moved the idle clock on.
    expect(Date.parse((await sessionsOf(busy.user.id))[0]!.lastSeenAt)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('a session ends 12 hours after login however busy it is', async () => {
    const { user, session } = await userWithSession();
    const [row] = await sessionsOf(user.id);
    expect(Date.parse(row!.expiresAt) - Date.parse(row!.createdAt)).toBe(12 * 3_600_000);
    await t.db
      .updateTable('sessions')
      .set({ expiresAt: minutesAgo(1) })
      .where('userId', '=', user.id)
      .execute();
    expect((await session.get('/api/items')).statusCode).toBe(401);
    expect((await auditOf(user.id, 'auth.session_end')).map((row) => row.after)).toEqual([JSON.stringify({ reason: 'expired' })]);
  });

  it('the idle timeout is the security administrator’s setting when the session opens', async () => {
    expect((await secadmin.put('/api/settings/security', { sessionIdleMinutes: 10 })).statusCode).toBe(200);
    try {
      const { user, session } = await userWithSession();
      expect((await sessionsOf(user.id))[0]!.idleMinutes).toBe(10);
      await t.db
        .updateTable('sessions')
        .set({ lastSeenAt: minutesAgo(11) })
        .where('userId', '=', user.id)
        .execute();
      expect((await session.get('/api/items')).statusCode).toBe(401);
    } finally {
      await secadmin.put('/api/settings/security', { sessionIdleMinutes: 30 });
    }
  });
});

describe('session identity', () => {
  it('every login gets a new session id, and the session cookie sent along with the login ends there', async () => {
    const { user, session: first } = await userWithSession();
    const relogin = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { cookie: first.cookie },
      payload: { username: user.username, password: TEST_PASSWORD },
    });
    expect(relogin.statusCode).toBe(200);
    const second = String(relogin.headers['set-cookie']).split(';')[0]!;
    expect(second).not.toBe(first.cookie);
    expect((await first.get('/api/items')).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/items', headers: { cookie: second } })).statusCode).toBe(200);
    expect(await sessionsOf(user.id)).toHaveLength(1);
  });

  it('a failed login sets no cookie and leaves the existing session alone', async () => {
    const { user, session } = await userWithSession();
    const failed = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { cookie: session.cookie },
      payload: { username: user.username, password: 'Wrong-pass-1' },
    });
    expect(failed.statusCode).toBe(401);
    expect(failed.headers['set-cookie']).toBeUndefined();
    expect((await session.get('/api/items')).statusCode).toBe(200);
  });
});

describe('ending sessions on the server', () => {
  it('logging out deletes the session row, so the cookie is worthless even if kept, and is recorded with who and from where', async () => {
    const { user, session } = await userWithSession();
    expect((await session.post('/api/auth/logout')).statusCode).toBe(200);
    expect(await sessionsOf(user.id)).toHaveLength(0);
    expect((await session.get('/api/auth/me')).statusCode).toBe(401);
    // A second logout with the dead cookie ends nothing and records nothing.
    expect((await session.post('/api/auth/logout')).statusCode).toBe(200);
    expect(await auditOf(user.id, 'auth.logout')).toEqual([
      { userId: user.id, username: user.username, ip: expect.any(String), outcome: 'success', after: null },
    ]);
  });

  it('the system administrator disabling a user ends all their sessions at once', async () => {
    const { user, session } = await userWithSession();
    const other = await loginAs(t.app, user.username, TEST_PASSWORD);
    expect((await sysadmin.patch(`/api/users/${user.id}`, { version: 1, isActive: false })).statusCode).toBe(200);
    expect(await sessionsOf(user.id)).toHaveLength(0);
    expect((await session.get('/api/items')).statusCode).toBe(401);
    expect((await other.get('/api/items')).statusCode).toBe(401);
    const [ended] = await auditOf(user.id, 'auth.session_end');
    expect(ended).toMatchObject({ username: expect.stringMatching(/^sysadmin/), after: JSON.stringify({ reason: 'user_disabled', sessions: 2 }) });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanFixture } from './support/factories.js';
import { buildDepartment, buildPlan, buildUser, TEST_PASSWORD } from './support/factories.js';
import type { TestApp } from './support/test-app.js';
import { createTestApp, loginAs } from './support/test-app.js';

let t: TestApp;
let plan: PlanFixture;

beforeAll(async () => {
  t = await createTestApp();
  plan = await buildPlan(t.db);
});
afterAll(async () => t.close());

const login = (username: string, password: string) => t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });

describe('logging in', () => {
  it('a correct password opens an httpOnly session cookie and /me tells who, which role and department', async () => {
    const department = await buildDepartment(t.db, plan, { shortName: '市科技局' });
    const user = await buildUser(t.db, plan, 'dept_staff', department.id);
    const response = await login(user.username, TEST_PASSWORD);
    expect(response.statusCode).toBe(200);
    const cookie = String(response.headers['set-cookie']);
    expect(cookie).toMatch(/plantrack_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const session = await loginAs(t.app, user.username, TEST_PASSWORD);
    const me = (await session.get('/api/auth/me')).json().user;
    expect(me).toMatchObject({ username: user.username, role: 'dept_staff', roles: ['dept_staff'], department: { shortName: '市科技局' } });
  });

  it('the app’s sign-in check answers “nobody” without an error, and the session once signed in', async () => {
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/auth/session' });
    expect(anonymous.statusCode).toBe(200);
    expect(anonymous.json()).toEqual({ user: null });
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
    const user = await buildUser(t.db, plan, 'leader');
    const session = await loginAs(t.app, user.username, TEST_PASSWORD);
    const signedIn = (await session.get('/api/auth/session')).json();
    expect(signedIn).toMatchObject({ user: { username: user.username, role: 'leader' }, csrfToken: session.csrfToken });
  });

  it('a wrong password and an unknown user get the same 401, and the attempt is audited', async () => {
    const user = await buildUser(t.db, plan, 'hq');
    const wrong = await login(user.username, 'not-the-password');
    const unknown = await login('nobody-here', 'not-the-password');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().error).toEqual(unknown.json().error);
    expect(wrong.json().error.message).toBe('用户名或密码错误');
    const denied = await t.db
      .selectFrom('auditLog')
      .selectAll()
      .where('action', '=', 'auth.login')
      .where('outcome', '=', 'denied')
      .where('entityId', '=', user.username)
      .execute();
    expect(denied).toHaveLength(1);
  });

  it('the database keeps only an argon2id hash of the password and a hash of the session token', async () => {
    const user = await buildUser(t.db, plan, 'leader');
    const session = await loginAs(t.app, user.username, TEST_PASSWORD);
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    const token = session.cookie.split('=')[1]!;
    const stored = await t.db.selectFrom('sessions').select('id').where('userId', '=', user.id).execute();
    expect(stored).toHaveLength(1);
    expect(stored[0]!.id).not.toBe(token);
  });

  it('logging out ends the session on the server: the old cookie no longer works', async () => {
    const user = await buildUser(t.db, plan, 'hq');
    const session = await loginAs(t.app, user.username, TEST_PASSWORD);
    expect((await session.get('/api/items')).statusCode).toBe(200);
    await session.post('/api/auth/logout');
    expect((await session.get('/api/items')).statusCode).toBe(401);
  });

  it('a disabled user is out at once, even with a live session, and cannot log in again', async () => {
    const user = await buildUser(t.db, plan, 'hq');
    const session = await loginAs(t.app, user.username, TEST_PASSWORD);
    await t.db.updateTable('users').set({ isActive: 0 }).where('id', '=', user.id).execute();
    expect((await session.get('/api/items')).statusCode).toBe(401);
    expect((await login(user.username, TEST_PASSWORD)).statusCode).toBe(401);
  });

  it('without a session every data route answers 401 in the error shape', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/items' });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toEqual({ error: { code: 'UNAUTHENTICATED', message: '请先登录', details: {} } });
  });
});

describe('public endpoints', () => {
  it('health says ok and which database', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.json()).toMatchObject({ status: 'ok', db: t.database.kind, version: expect.any(String) });
  });

  it('the OpenAPI document lists the routes and the docs page is served', async () => {
    const spec = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(spec.openapi).toMatch(/^3\./);
    expect(Object.keys(spec.paths)).toEqual(expect.arrayContaining(['/api/items', '/api/items/{id}', '/api/ledgers', '/api/indicators', '/api/auth/login']));
    const docs = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain('swagger');
  });
});

describe('cross-site request forgery', () => {
  it('a state change with the session cookie but without the CSRF token is refused with 403 and changes nothing', async () => {
    const user = await buildUser(t.db, plan, 'hq');
    const session = await loginAs(t.app, user.username, TEST_PASSWORD);
    const forged = await t.app.inject({
      method: 'POST',
      url: '/api/cycles',
      headers: { cookie: session.cookie, origin: 'https://evil.example' },
      payload: { period: '2024Q1', deadline: '2024-04-10' },
    });
    expect(forged.statusCode).toBe(403);
    expect(forged.json().error.code).toBe('CSRF_TOKEN_INVALID');
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/cycles',
      headers: { cookie: session.cookie, 'x-csrf-token': 'guess' },
      payload: { period: '2024Q1', deadline: '2024-04-10' },
    });
    expect(wrong.statusCode).toBe(403);
    expect(await t.db.selectFrom('reportingCycles').selectAll().execute()).toHaveLength(0);
  });

  it('login and /me hand the token to the page, which sends it back as X-CSRF-Token', async () => {
    const user = await buildUser(t.db, plan, 'hq');
    const session = await loginAs(t.app, user.username, TEST_PASSWORD);
    expect(session.csrfToken).toMatch(/^[\w-]{20,}$/);
    expect((await session.get('/api/auth/me')).json().csrfToken).toBe(session.csrfToken);
    expect((await session.post('/api/cycles', { period: '2024Q1', deadline: '2024-04-10' })).statusCode).toBe(201);
  });
});

describe('security headers', () => {
  it('API answers are not cached and carry nosniff, a content security policy and no framing', async () => {
    const user = await buildUser(t.db, plan, 'hq');
    const response = await (await loginAs(t.app, user.username, TEST_PASSWORD)).get('/api/items');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['strict-transport-security']).toBeUndefined();
  });

  it('behind HTTPS the session cookie is Secure and HSTS is sent', async () => {
    const user = await buildUser(t.db, plan, 'hq');
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'x-forwarded-proto': 'https' },
      payload: { username: user.username, password: TEST_PASSWORD },
    });
    expect(String(response.headers['set-cookie'])).toMatch(/; Secure/i);
    expect(response.headers['strict-transport-security']).toContain('max-age=');
  });
});

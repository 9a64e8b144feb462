import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.js';
import { capabilityTable } from '../src/auth/capabilities.js';
import { loadConfig } from '../src/config.js';
import type { AppConfig } from '../src/config.js';
import type { PlanFixture } from './support/factories.js';
import { buildPlan, buildUser, TEST_PASSWORD } from './support/factories.js';
import { startOfFreshWindow } from './support/rate-windows.js';
import type { TestApp } from './support/test-app.js';
import { createTestApp, loginAs } from './support/test-app.js';
import { TEST_KEY_ENV } from './support/test-keys.js';

const LIMIT = 3;
let t: TestApp;
let plan: PlanFixture;
let config: AppConfig;

const PROBE = capabilityTable('probe', { office: ['hq'], officeAndLeaders: ['hq', 'leader'] });

/** Stand-ins for import and export routes yet to come: the limit goes by URL prefix, so they are covered. */
function probeRoutes(app: FastifyInstance): void {
  app.post('/api/imports/probe', { config: { access: PROBE.office } }, async () => ({ ok: true }));
  app.get('/api/exports/probe', { config: { access: PROBE.officeAndLeaders } }, async () => ({ ok: true }));
  app.get('/api/probe-not-limited', { config: { access: PROBE.office } }, async () => ({ ok: true }));
}

beforeAll(async () => {
  const limits = { limit: LIMIT, windowSeconds: 60 };
  config = { ...loadConfig({ ...TEST_KEY_ENV }), rateLimits: { loginFailuresPerIp: { limit: 20, windowSeconds: 300 }, imports: limits, exports: limits } };
  t = await createTestApp({ config: { rateLimits: config.rateLimits }, beforeReady: probeRoutes });
  plan = await buildPlan(t.db);
});
afterAll(async () => t.close());

const hqSession = async () => loginAs(t.app, (await buildUser(t.db, plan, 'hq')).username, TEST_PASSWORD);

describe('rate limits on imports and exports', () => {
  it('a user gets 429 with Retry-After once past the limit for imports, and separately for exports', async () => {
    await startOfFreshWindow(60, 10);
    const session = await hqSession();
    for (let i = 0; i < LIMIT; i++) expect((await session.post('/api/imports/probe')).statusCode).toBe(200);
    const refused = await session.post('/api/imports/probe');
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.code).toBe('RATE_LIMITED');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(60);
    expect((await session.get('/api/exports/probe')).statusCode).toBe(200);
    expect((await session.get('/api/probe-not-limited')).statusCode).toBe(200);
  });

  it('the limit is per user: another user is not held back', async () => {
    await startOfFreshWindow(60, 10);
    const first = await hqSession();
    const second = await hqSession();
    for (let i = 0; i <= LIMIT; i++) await first.get('/api/exports/probe');
    expect((await first.get('/api/exports/probe')).statusCode).toBe(429);
    expect((await second.get('/api/exports/probe')).statusCode).toBe(200);
  });

  it('the real export routes are limited too', async () => {
    await startOfFreshWindow(60, 10);
    const session = await hqSession();
    const answers = [];
    for (let i = 0; i <= LIMIT; i++) answers.push((await session.get('/api/exports/ledger')).statusCode);
    expect(answers.slice(0, LIMIT)).not.toContain(429);
    expect(answers[LIMIT]).toBe(429);
  });

  it('two app servers on one database count against the same limit', async () => {
    await startOfFreshWindow(60, 10);
    const other = await buildApp(
      { db: t.db, dbKind: t.database.kind, config: { ...config, database: t.database.target, logLevel: 'silent' } },
      { logger: false },
    );
    probeRoutes(other);
    await other.ready();
    try {
      const session = await hqSession();
      const onOther = () => other.inject({ method: 'GET', url: '/api/exports/probe', headers: { cookie: session.cookie } });
      expect((await session.get('/api/exports/probe')).statusCode).toBe(200);
      expect((await onOther()).statusCode).toBe(200);
      expect((await session.get('/api/exports/probe')).statusCode).toBe(200);
      expect((await onOther()).statusCode).toBe(429);
    } finally {
      await other.close();
    }
  });
});

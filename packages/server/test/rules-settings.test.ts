import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPlan, buildUser, TEST_PASSWORD } from './support/factories.js';
import type { Session, TestApp } from './support/test-app.js';
import { createTestApp, loginAs } from './support/test-app.js';

/** The rules page's API: settings in force beside the defaults, and a save over a newer one refused. */
let t: TestApp;
let sysadmin: Session;
let hq: Session;

beforeAll(async () => {
  t = await createTestApp();
  const plan = await buildPlan(t.db);
  sysadmin = await loginAs(t.app, (await buildUser(t.db, plan, 'sysadmin')).username, TEST_PASSWORD);
  hq = await loginAs(t.app, (await buildUser(t.db, plan, 'hq')).username, TEST_PASSWORD);
});
afterAll(async () => t.close());

describe('rule settings', () => {
  it('start at the defaults of PRODUCT.md, never saved', async () => {
    const body = (await sysadmin.get('/api/settings/rules')).json();
    expect(body.rules.schedule).toEqual({ yellowGap: 10, redGap: 30 });
    expect(body.defaults.schedule).toEqual({ yellowGap: 10, redGap: 30 });
    expect(body.updatedAt).toBeNull();
  });

  it('a save names what it started from; a second save from the same start is stale (409) and changes nothing', async () => {
    const saved = await sysadmin.put('/api/settings/rules', { schedule: { yellowGap: 15, redGap: 35 }, updatedAt: null });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().rules.schedule).toEqual({ yellowGap: 15, redGap: 35 });
    const stale = await hq.put('/api/settings/rules', { schedule: { yellowGap: 5, redGap: 20 }, updatedAt: null });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('STALE_VERSION');
    const current = (await hq.get('/api/settings/rules')).json();
    expect(current.rules.schedule).toEqual({ yellowGap: 15, redGap: 35 });
    const next = await hq.put('/api/settings/rules', { schedule: { yellowGap: 5, redGap: 20 }, updatedAt: current.updatedAt });
    expect(next.statusCode).toBe(200);
  });

  it('refuses thresholds that contradict each other, in Chinese', async () => {
    const response = await sysadmin.put('/api/settings/rules', { schedule: { yellowGap: 40, redGap: 30 } });
    expect(response.statusCode).toBe(400);
    expect(JSON.stringify(response.json())).toContain('红色预警阈值不能小于黄色预警阈值');
  });
});

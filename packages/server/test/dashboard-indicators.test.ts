import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIndicator, buildPlan, buildUser, TEST_PASSWORD } from './support/factories.js';
import type { TestApp } from './support/test-app.js';
import { createTestApp, loginAs } from './support/test-app.js';

let t: TestApp;
let hqUsername: string;
const INDICATORS = 230;

beforeAll(async () => {
  t = await createTestApp();
  const plan = await buildPlan(t.db);
  // More indicators than a list page holds (200): a province-wide plan has some 900.
  for (let i = 0; i < INDICATORS; i++) await buildIndicator(t.db, plan, { name: `指标${i + 1}`, baseline: '10', target: '20' });
  hqUsername = (await buildUser(t.db, plan, 'hq')).username;
});
afterAll(async () => t.close());

describe('the dashboard of a plan with many indicators', () => {
  it('counts every indicator, not only the first page of them', async () => {
    const hq = await loginAs(t.app, hqUsername, TEST_PASSWORD);
    const body = (await hq.get('/api/dashboard/summary?asOf=2023Q2')).json();
    expect(body.indicators.total).toBe(INDICATORS);
    const counted = Object.values(body.indicators.counts as Record<string, number>).reduce((sum, count) => sum + count, 0);
    expect(counted).toBe(INDICATORS);
  });
});

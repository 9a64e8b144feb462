import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanFixture } from './support/factories.js';
import { buildDepartment, buildIndicator, buildPlan, buildUser, TEST_PASSWORD } from './support/factories.js';
import type { Session, TestApp } from './support/test-app.js';
import { createTestApp, loginAs } from './support/test-app.js';

let t: TestApp;
let plan: PlanFixture;
let hq: Session;
let leader: Session;
let staff: Session;
let ownIndicator: number;
let otherIndicator: number;

beforeAll(async () => {
  t = await createTestApp();
  plan = await buildPlan(t.db);
  const own = await buildDepartment(t.db, plan);
  const other = await buildDepartment(t.db, plan);
  ownIndicator = (await buildIndicator(t.db, plan, { name: '全社会研发经费投入强度', unit: '%', baseline: '2.4', target: '2.8', leadDepartmentId: own.id })).id;
  otherIndicator = (await buildIndicator(t.db, plan, { name: 'PM2.5平均浓度', unit: '微克/立方米', direction: 'lower_better', leadDepartmentId: other.id })).id;
  hq = await loginAs(t.app, (await buildUser(t.db, plan, 'hq')).username, TEST_PASSWORD);
  leader = await loginAs(t.app, (await buildUser(t.db, plan, 'leader')).username, TEST_PASSWORD);
  staff = await loginAs(t.app, (await buildUser(t.db, plan, 'dept_staff', own.id)).username, TEST_PASSWORD);
});
afterAll(async () => t.close());

describe('indicators', () => {
  it('a leader lists every indicator with baseline and targets as exact decimals', async () => {
    const body = (await leader.get('/api/indicators')).json();
    expect(body.total).toBe(2);
    expect(body.indicators.find((i: { id: number }) => i.id === ownIndicator)).toMatchObject({
      name: '全社会研发经费投入强度',
      unit: '%',
      baseline: { value: '2.4' },
      target: { value: '2.8', year: 2025 },
    });
  });

  it('a department sees only its own indicators; another department’s is a 404', async () => {
    expect((await staff.get('/api/indicators')).json().indicators.map((i: { id: number }) => i.id)).toEqual([ownIndicator]);
    expect((await staff.get(`/api/indicators/${otherIndicator}`)).statusCode).toBe(404);
  });

  it('the office sets targets and a period value with rank; the series comes back in order', async () => {
    const patched = await hq.patch(`/api/indicators/${ownIndicator}`, {
      version: 1,
      stretchTarget: '3.0',
      provinceTarget: '2.7',
      yearlyTargets: [{ year: 2023, value: '2.55' }],
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json().indicator).toMatchObject({ stretchTarget: '3.0', provinceTarget: '2.7', yearlyTargets: [{ year: 2023, value: '2.55' }], version: 2 });
    await hq.put(`/api/indicators/${ownIndicator}/values/2023Q4`, { value: '2.61', provincialRank: 5, note: null });
    await hq.put(`/api/indicators/${ownIndicator}/values/2023Q2`, { value: '2.5', provincialRank: 6, note: null });
    const detail = (await hq.get(`/api/indicators/${ownIndicator}`)).json().indicator;
    expect(detail.values.map((v: { period: string }) => v.period)).toEqual(['2023Q2', '2023Q4']);
    expect(detail.latestValue).toMatchObject({ period: '2023Q4', value: '2.61', provincialRank: 5 });
  });

  it('a value that is not a number is a 400 naming the field; a stale version a 409', async () => {
    const bad = await hq.put(`/api/indicators/${ownIndicator}/values/2024Q1`, { value: '2,6', provincialRank: null, note: null });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.fields[0].field).toBe('body.value');
    expect((await hq.patch(`/api/indicators/${ownIndicator}`, { version: 1, unit: '‰' })).statusCode).toBe(409);
  });

  it('departments and leaders cannot change targets', async () => {
    expect((await staff.patch(`/api/indicators/${ownIndicator}`, { version: 2, target: '9' })).statusCode).toBe(403);
    expect((await leader.patch(`/api/indicators/${ownIndicator}`, { version: 2, target: '9' })).statusCode).toBe(403);
  });
});

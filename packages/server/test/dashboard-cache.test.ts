import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import type { DatabaseHandle } from '../src/db/database.js';
import { openDatabase } from '../src/db/database.js';
import type { FastifyInstance } from 'fastify';
import type { PlanFixture } from './support/factories.js';
import { buildDepartment, buildItem, buildPlan, buildUser, TEST_PASSWORD } from './support/factories.js';
import { draftAndSubmitReport } from './support/report-flow.js';
import { TEST_KEY_ENV } from './support/test-keys.js';
import type { Session, TestApp } from './support/test-app.js';
import { createTestApp, loginAs } from './support/test-app.js';

/**
 * The summary is reused while nothing changed (dashboard/summary-cache.ts): it must stay exact after a
 * change through this server and through another server process on the same database.
 */
let t: TestApp;
let other: { app: FastifyInstance; handle: DatabaseHandle };
let plan: PlanFixture;
let hq: Session;
let otherHq: Session;
let staff: Session;
let manager: Session;
let item: number;

const totals = async (session: Session) => {
  const response = await session.get('/api/dashboard/summary?asOf=2023Q2');
  expect(response.statusCode).toBe(200);
  return response.json().totals as Record<string, number>;
};

beforeAll(async () => {
  t = await createTestApp();
  // A second app with its own connection to the same database, as a second server process would be.
  const handle = openDatabase(t.database.target);
  const config = { ...loadConfig({ ...TEST_KEY_ENV }), database: t.database.target, logLevel: 'silent' as const };
  other = { app: await buildApp({ db: handle.db, dbKind: handle.kind, config }, { logger: false }), handle };
  await other.app.ready();
  plan = await buildPlan(t.db);
  const department = (await buildDepartment(t.db, plan, { shortName: '市快局' })).id;
  item = (await buildItem(t.db, plan, { code: '1-01', leadDepartmentId: department, ledgers: ['master'] })).id;
  const hqUser = (await buildUser(t.db, plan, 'hq')).username;
  hq = await loginAs(t.app, hqUser, TEST_PASSWORD);
  otherHq = await loginAs(other.app, hqUser, TEST_PASSWORD);
  manager = await loginAs(t.app, (await buildUser(t.db, plan, 'dept_manager', department)).username, TEST_PASSWORD);
  staff = await loginAs(t.app, (await buildUser(t.db, plan, 'dept_staff', department)).username, TEST_PASSWORD);
  expect((await hq.put(`/api/items/${item}/quarterly-plans/2023Q2`, { milestone: '完成阶段任务', cumulativePercent: 40 })).statusCode).toBe(200);
  await hq.post('/api/cycles', { period: '2023Q2', deadline: '2023-07-07' });
});
afterAll(async () => {
  await other.app.close();
  await other.handle.destroy();
  await t.close();
});

describe('the cached dashboard summary', () => {
  it('changes as soon as a report is approved, on this server and on another one', async () => {
    await draftAndSubmitReport(staff, manager, item, '2023Q2');
    // Read twice on both servers, so each holds the summary before the change (no approved report:
    // held to the ~20 % due by the end of the quarter before, it lags).
    for (const session of [hq, hq, otherHq, otherHq]) expect(await totals(session)).toMatchObject({ total: 1, slightly_behind: 1 });

    const report = (await hq.get(`/api/reports?item=${item}`)).json().reports[0];
    expect((await hq.post(`/api/reports/${report.id}/approve`, { version: report.version, qualityRating: 5 })).statusCode).toBe(200);
    expect(await totals(hq)).toMatchObject({ total: 1, on_schedule: 1, slightly_behind: 0 });
    expect(await totals(otherHq)).toMatchObject({ total: 1, on_schedule: 1, slightly_behind: 0 });
  });

  it('follows a change of the thresholds made on another server', async () => {
    expect(await totals(hq)).toMatchObject({ on_schedule: 1 });
    // Planned 40 %, actual 35 %: a gap of 5 lags once "slightly behind" starts at a gap of 3.
    expect((await otherHq.put('/api/settings/rules', { schedule: { yellowGap: 3 } })).statusCode).toBe(200);
    expect(await totals(hq)).toMatchObject({ on_schedule: 0, slightly_behind: 1 });
    expect((await hq.put('/api/settings/rules', { schedule: { yellowGap: 10 } })).statusCode).toBe(200);
    expect(await totals(otherHq)).toMatchObject({ on_schedule: 1, slightly_behind: 0 });
  });

  it('keeps summaries of different scopes apart', async () => {
    const mine = (await manager.get('/api/dashboard/summary?asOf=2023Q2')).json().totals;
    expect(mine).toMatchObject({ total: 1 });
    const unrelated = await loginAs(
      t.app,
      (await buildUser(t.db, plan, 'dept_manager', (await buildDepartment(t.db, plan, { shortName: '市远局' })).id)).username,
      TEST_PASSWORD,
    );
    expect((await unrelated.get('/api/dashboard/summary?asOf=2023Q2')).json().totals).toMatchObject({ total: 0 });
  });
});

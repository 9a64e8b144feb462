import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanFixture } from './support/factories.js';
import { buildDepartment, buildItem, buildPlan, buildUser, TEST_PASSWORD } from './support/factories.js';
import type { Session, TestApp } from './support/test-app.js';
import { createTestApp, loginAs } from './support/test-app.js';

let t: TestApp;
let plan: PlanFixture;
let manager: Session;
let staff: Session;
let hq: Session;
let ownItem: number;
let otherItem: number;

beforeAll(async () => {
  t = await createTestApp();
  plan = await buildPlan(t.db);
  const own = await buildDepartment(t.db, plan);
  const other = await buildDepartment(t.db, plan);
  ownItem = (await buildItem(t.db, plan, { leadDepartmentId: own.id })).id;
  otherItem = (await buildItem(t.db, plan, { leadDepartmentId: other.id })).id;
  manager = await loginAs(t.app, (await buildUser(t.db, plan, 'dept_manager', own.id)).username, TEST_PASSWORD);
  staff = await loginAs(t.app, (await buildUser(t.db, plan, 'dept_staff', own.id)).username, TEST_PASSWORD);
  hq = await loginAs(t.app, (await buildUser(t.db, plan, 'hq')).username, TEST_PASSWORD);
});
afterAll(async () => t.close());

describe('quarterly advancement plans', () => {
  it('lists every quarter of the plan years, unplanned ones empty, labelled as Chinese users write them', async () => {
    const plans = (await staff.get(`/api/items/${ownItem}/quarterly-plans`)).json().quarterlyPlans;
    expect(plans).toHaveLength(12);
    expect(plans[1]).toMatchObject({ period: '2023Q2', periodLabel: '2023年二季度', milestone: null, cumulativePercent: null });
  });

  it("the department head sets a quarter's milestone and cumulative %, then updates it with its version", async () => {
    const created = await manager.put(`/api/items/${ownItem}/quarterly-plans/2023Q2`, { milestone: '完成方案编制', cumulativePercent: 20 });
    expect(created.statusCode).toBe(200);
    const q2 = created.json().quarterlyPlans.find((p: { period: string }) => p.period === '2023Q2');
    expect(q2).toMatchObject({ milestone: '完成方案编制', cumulativePercent: 20, version: 1 });
    const updated = await manager.put(`/api/items/${ownItem}/quarterly-plans/2023Q2`, { milestone: '完成方案编制并印发', cumulativePercent: 25.5, version: 1 });
    expect(updated.json().quarterlyPlans[1]).toMatchObject({ cumulativePercent: 25.5, version: 2 });
  });

  it('a stale version is refused with 409 and the plan keeps its value', async () => {
    const stale = await hq.put(`/api/items/${ownItem}/quarterly-plans/2023Q2`, { milestone: '旧版本', cumulativePercent: 30, version: 1 });
    expect(stale.statusCode).toBe(409);
    expect((await hq.get(`/api/items/${ownItem}/quarterly-plans`)).json().quarterlyPlans[1].milestone).toBe('完成方案编制并印发');
  });

  it('a cumulative plan cannot fall below an earlier quarter', async () => {
    const response = await manager.put(`/api/items/${ownItem}/quarterly-plans/2023Q3`, { milestone: '推进', cumulativePercent: 10 });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details).toMatchObject({ field: 'cumulativePercent', conflictingPeriod: '2023Q2' });
  });

  it('a share of the year’s task is kept on the annual basis, and a new year’s share may start lower', async () => {
    const item = (await buildItem(t.db, plan, {})).id;
    const put = (period: string, body: object) => hq.put(`/api/items/${item}/quarterly-plans/${period}`, body);
    const q4 = (await put('2023Q4', { milestone: '完成年度目标的一半', cumulativePercent: 50 })).json().quarterlyPlans;
    expect(q4.find((p: { period: string }) => p.period === '2023Q4')).toMatchObject({ cumulativePercent: 50, basis: 'annual' });
    // 20 % of 2024's task after 50 % of 2023's: another year, so not a fall.
    expect((await put('2024Q1', { milestone: '完成年度任务的20%', cumulativePercent: 20 })).statusCode).toBe(200);
    // Within the year it may not fall; the basis can also be chosen explicitly.
    expect((await put('2024Q2', { milestone: '持续推进', cumulativePercent: 10, basis: 'annual' })).statusCode).toBe(400);
    const cumulative = (await put('2024Q2', { milestone: '持续推进', cumulativePercent: 10, basis: 'cumulative' })).json().quarterlyPlans;
    expect(cumulative.find((p: { period: string }) => p.period === '2024Q2')).toMatchObject({ cumulativePercent: 10, basis: 'cumulative' });
  });

  it('a quarter outside the plan years or a malformed one is a 400', async () => {
    expect((await manager.put(`/api/items/${ownItem}/quarterly-plans/2030Q1`, { milestone: 'x', cumulativePercent: 50 })).statusCode).toBe(400);
    expect((await manager.put(`/api/items/${ownItem}/quarterly-plans/2023Q5`, { milestone: 'x', cumulativePercent: 50 })).statusCode).toBe(400);
  });

  it('staff cannot edit plans (403); nobody in the department can touch another department’s item (404)', async () => {
    expect((await staff.put(`/api/items/${ownItem}/quarterly-plans/2023Q4`, { milestone: 'x', cumulativePercent: 50 })).statusCode).toBe(403);
    expect((await manager.put(`/api/items/${otherItem}/quarterly-plans/2023Q4`, { milestone: 'x', cumulativePercent: 50 })).statusCode).toBe(404);
    expect((await manager.get(`/api/items/${otherItem}/quarterly-plans`)).statusCode).toBe(404);
    const rows = await t.db.selectFrom('quarterlyPlans').selectAll().where('itemId', '=', otherItem).execute();
    expect(rows).toHaveLength(0);
  });
});

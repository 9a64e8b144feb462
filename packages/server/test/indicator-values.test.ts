import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanFixture } from './support/factories.js';
import { buildCycle, buildDepartment, buildIndicator, buildPlan, buildUser, TEST_PASSWORD } from './support/factories.js';
import type { Session, TestApp } from './support/test-app.js';
import { createTestApp, loginAs } from './support/test-app.js';

let t: TestApp;
let plan: PlanFixture;
let hq: Session;
let leader: Session;
let staff: Session;
let manager: Session;
let partnerStaff: Session;
let otherManager: Session;
let ownId: number;
let partnerId: number;

/** 研发经费投入强度: baseline 2.4 (2020), target 2.8 (2025), led by our department, with a co-operating one. */
async function newIndicator() {
  const indicator = await buildIndicator(t.db, plan, { name: '全社会研发经费投入强度', unit: '%', baseline: '2.4', target: '2.8', leadDepartmentId: ownId });
  await t.db.insertInto('itemCoDepartments').values({ itemId: indicator.itemId, departmentId: partnerId }).execute();
  return indicator.id;
}

const value = (fields: { value: string; rank?: number; version?: number }) => ({
  value: fields.value,
  provincialRank: fields.rank ?? null,
  note: null,
  ...(fields.version === undefined ? {} : { version: fields.version }),
});

async function auditActions(valueId: number) {
  const rows = await t.db
    .selectFrom('auditLog')
    .select('action')
    .where('entityType', '=', 'indicator_value')
    .where('entityId', '=', String(valueId))
    .orderBy('id')
    .execute();
  return rows.map((row) => row.action);
}

beforeAll(async () => {
  t = await createTestApp();
  plan = await buildPlan(t.db);
  const own = await buildDepartment(t.db, plan);
  const partner = await buildDepartment(t.db, plan);
  const other = await buildDepartment(t.db, plan);
  [ownId, partnerId] = [own.id, partner.id];
  await buildCycle(t.db, plan, { period: '2023Q2' });
  await buildCycle(t.db, plan, { period: '2023Q1', status: 'closed' });
  hq = await loginAs(t.app, (await buildUser(t.db, plan, 'hq')).username, TEST_PASSWORD);
  leader = await loginAs(t.app, (await buildUser(t.db, plan, 'leader')).username, TEST_PASSWORD);
  staff = await loginAs(t.app, (await buildUser(t.db, plan, 'dept_staff', own.id)).username, TEST_PASSWORD);
  manager = await loginAs(t.app, (await buildUser(t.db, plan, 'dept_manager', own.id)).username, TEST_PASSWORD);
  partnerStaff = await loginAs(t.app, (await buildUser(t.db, plan, 'dept_staff', partner.id)).username, TEST_PASSWORD);
  otherManager = await loginAs(t.app, (await buildUser(t.db, plan, 'dept_manager', other.id)).username, TEST_PASSWORD);
});
afterAll(async () => t.close());

describe('indicator values take the reports’ path: draft → submit → review', () => {
  it('a value walks draft → submit → return → resubmit → approve, and the assessment changes only on approval', async () => {
    const id = await newIndicator();
    const url = `/api/indicators/${id}/values/2023Q2`;
    const drafted = (await staff.put(url, value({ value: '2.6', rank: 5 }))).json().indicator;
    expect(drafted.values).toMatchObject([{ period: '2023Q2', state: 'draft', value: '2.6', provincialRank: 5, version: 1 }]);
    expect(drafted.values[0].policies).toEqual({ canEdit: true, canSubmit: false, canWithdraw: false, canReview: false });
    expect(drafted.latestValue).toBeNull();
    expect(drafted.assessment.plan.status).toBe('insufficient_data');
    const valueId = drafted.values[0].id;

    expect((await staff.post(`${url}/submit`, { version: 1 })).statusCode).toBe(403);
    const submitted = (await manager.post(`${url}/submit`, { version: 1 })).json().indicator;
    expect(submitted.values[0]).toMatchObject({ state: 'submitted', version: 2 });
    expect(submitted.assessment.plan.status).toBe('insufficient_data');
    expect((await staff.put(url, value({ value: '2.7', version: 2 }))).json().error.code).toBe('INVALID_STATE');

    expect((await hq.post(`${url}/return`, { version: 2, comment: '' })).statusCode).toBe(400);
    const returned = (await hq.post(`${url}/return`, { version: 2, comment: '请附统计局口径说明' })).json().indicator;
    expect(returned.values[0]).toMatchObject({ state: 'returned', reviewComment: '请附统计局口径说明', version: 3 });
    expect(returned.latestValue).toBeNull();

    const corrected = (await staff.put(url, value({ value: '2.62', rank: 5, version: 3 }))).json().indicator;
    expect(corrected.values[0]).toMatchObject({ state: 'returned', value: '2.62', version: 4 });
    expect((await manager.post(`${url}/submit`, { version: 4 })).json().indicator.values[0].state).toBe('submitted');
    expect((await hq.get(`/api/indicators/${id}`)).json().indicator.assessment.plan.status).toBe('insufficient_data');

    const approved = (await hq.post(`${url}/approve`, { version: 5 })).json().indicator;
    expect(approved.values[0]).toMatchObject({ state: 'approved', version: 6 });
    expect(approved.latestValue).toMatchObject({ period: '2023Q2', value: '2.62', provincialRank: 5 });
    expect(approved.assessment.plan.status).not.toBe('insufficient_data');
    expect(approved.assessment.plan.latest).toMatchObject({ value: 2.62 });

    expect((await staff.put(url, value({ value: '2.9', version: 6 }))).json().error.code).toBe('INVALID_STATE');
    expect(await auditActions(valueId)).toEqual([
      'indicator_value.create',
      'indicator_value.submit',
      'indicator_value.return',
      'indicator_value.save',
      'indicator_value.submit',
      'indicator_value.approve',
    ]);
  });

  it('submitting twice changes nothing; two concurrent approvals produce one', async () => {
    const id = await newIndicator();
    const url = `/api/indicators/${id}/values/2023Q2`;
    await staff.put(url, value({ value: '2.5' }));
    await manager.post(`${url}/submit`, { version: 1 });
    const again = await manager.post(`${url}/submit`, { version: 1 });
    expect(again.statusCode).toBe(200);
    expect(again.json().indicator.values[0].version).toBe(2);
    const [a, b] = await Promise.all([hq.post(`${url}/approve`, { version: 2 }), hq.post(`${url}/approve`, { version: 2 })]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
  });

  it('a co-operating department may draft the value; another department gets 404, a leader 403', async () => {
    const id = await newIndicator();
    const url = `/api/indicators/${id}/values/2023Q2`;
    expect((await partnerStaff.put(url, value({ value: '2.5' }))).json().indicator.values[0].state).toBe('draft');
    expect((await otherManager.put(url, value({ value: '9', version: 1 }))).statusCode).toBe(404);
    expect((await otherManager.post(`${url}/submit`, { version: 1 })).statusCode).toBe(404);
    expect((await leader.put(url, value({ value: '9', version: 1 }))).statusCode).toBe(403);
  });

  it('the office’s own entry is approved at once, even for a period without a cycle; a department needs an open cycle', async () => {
    const id = await newIndicator();
    const entered = (await hq.put(`/api/indicators/${id}/values/2022Q4`, value({ value: '2.55', rank: 6 }))).json().indicator;
    expect(entered.values[0]).toMatchObject({ period: '2022Q4', state: 'approved', value: '2.55' });
    expect(entered.latestValue).toMatchObject({ period: '2022Q4', provincialRank: 6 });
    expect(await auditActions(entered.values[0].id)).toEqual(['indicator_value.enter']);
    const refused = await staff.put(`/api/indicators/${id}/values/2023Q3`, value({ value: '2.7' }));
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('CYCLE_NOT_OPEN');
  });

  it('a closed cycle locks its period’s values for everyone, the office included', async () => {
    const id = await newIndicator();
    const submitted = await t.db
      .insertInto('indicatorValues')
      .values({
        indicatorId: id,
        period: '2023Q1',
        value: '2.5',
        provincialRank: null,
        note: null,
        state: 'submitted',
        createdAt: '2023-04-01T00:00:00Z',
        updatedAt: '2023-04-01T00:00:00Z',
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    for (const [session, body] of [
      [staff, value({ value: '2.6', version: 1 })],
      [hq, value({ value: '2.6', version: 1 })],
    ] as const) {
      const response = await session.put(`/api/indicators/${id}/values/2023Q1`, body);
      expect(response.json().error.code).toBe('CYCLE_CLOSED');
    }
    expect((await hq.post(`/api/indicators/${id}/values/2023Q1/approve`, { version: 1 })).json().error.code).toBe('CYCLE_CLOSED');
    const detail = (await hq.get(`/api/indicators/${id}`)).json().indicator;
    expect(detail.values[0]).toMatchObject({ id: submitted.id, state: 'submitted', policies: { canEdit: false, canReview: false } });
  });
});

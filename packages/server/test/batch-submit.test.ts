import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanFixture } from './support/factories.js';
import { buildDepartment, buildItem, buildPlan, buildUser, TEST_PASSWORD } from './support/factories.js';
import type { Session, TestApp } from './support/test-app.js';
import { createTestApp, loginAs } from './support/test-app.js';

let t: TestApp;
let plan: PlanFixture;
let hq: Session;
let manager: Session;
let staff: Session;
let otherManager: Session;
let ownDepartmentId: number;
let otherDepartmentId: number;

const PERIOD = '2023Q2';
const draft = { progressState: 'in_progress', completionPercent: 40, progress: '完成方案编制', problems: null, nextSteps: null };

/** A draft written by the department's staff on a new item of `departmentId` (staff of the other department for it). */
async function draftOn(departmentId: number, writer: Session = staff) {
  const item = await buildItem(t.db, plan, { leadDepartmentId: departmentId });
  const response = await writer.put(`/api/items/${item.id}/reports/${PERIOD}`, draft);
  expect(response.statusCode).toBe(200);
  return response.json().report as { id: number; version: number };
}

async function reportRows(ids: number[]) {
  return t.db.selectFrom('progressReports').select(['id', 'state', 'version']).where('id', 'in', ids).orderBy('id').execute();
}

async function countVersions(ids: number[], action: string) {
  const rows = await t.db.selectFrom('reportVersions').select('id').where('reportId', 'in', ids).where('action', '=', action).execute();
  return rows.length;
}

async function countAudits(ids: number[], action: string) {
  const rows = await t.db
    .selectFrom('auditLog')
    .select('id')
    .where('entityType', '=', 'progress_report')
    .where('entityId', 'in', ids.map(String))
    .where('action', '=', action)
    .execute();
  return rows.length;
}

beforeAll(async () => {
  t = await createTestApp();
  plan = await buildPlan(t.db);
  ownDepartmentId = (await buildDepartment(t.db, plan)).id;
  otherDepartmentId = (await buildDepartment(t.db, plan)).id;
  hq = await loginAs(t.app, (await buildUser(t.db, plan, 'hq')).username, TEST_PASSWORD);
  manager = await loginAs(t.app, (await buildUser(t.db, plan, 'dept_manager', ownDepartmentId)).username, TEST_PASSWORD);
  staff = await loginAs(t.app, (await buildUser(t.db, plan, 'dept_staff', ownDepartmentId)).username, TEST_PASSWORD);
  otherManager = await loginAs(t.app, (await buildUser(t.db, plan, 'dept_manager', otherDepartmentId)).username, TEST_PASSWORD);
  expect((await hq.post('/api/cycles', { period: PERIOD, deadline: '2023-07-07' })).statusCode).toBe(201);
});
afterAll(async () => t.close());

describe('a department head submits several drafts at once', () => {
  it('sends them all to the office, each with exactly one new version and one audit entry', async () => {
    const drafts = [await draftOn(ownDepartmentId), await draftOn(ownDepartmentId), await draftOn(ownDepartmentId)];
    const ids = drafts.map((d) => d.id);
    const response = await manager.post('/api/reports/submit-batch', { reports: drafts.map(({ id, version }) => ({ id, version })) });
    expect(response.statusCode).toBe(200);
    expect(response.json().reports).toEqual(drafts.map(({ id }) => expect.objectContaining({ id, state: 'submitted', version: 2 })));
    expect(await reportRows(ids)).toEqual(ids.map((id) => ({ id, state: 'submitted', version: 2 })));
    expect(await countVersions(ids, 'submit')).toBe(3);
    expect(await countVersions(ids, 'save')).toBe(3);
    expect(await countAudits(ids, 'report.submit')).toBe(3);
    // The office sees them in its queue at once.
    const queue = (await hq.get(`/api/reports?state=submitted&period=${PERIOD}`)).json();
    expect(queue.reports.map((r: { id: number }) => r.id)).toEqual(expect.arrayContaining(ids));
  });

  it('staff may draft but not submit: the batch is refused to them (403) and nothing is sent', async () => {
    const mine = await draftOn(ownDepartmentId);
    expect((await staff.post('/api/reports/submit-batch', { reports: [mine] })).statusCode).toBe(403);
    expect(await reportRows([mine.id])).toEqual([{ id: mine.id, state: 'draft', version: 1 }]);
  });

  it("a head cannot submit another department's report, even hidden among their own: 404 and nothing is sent", async () => {
    const mine = await draftOn(ownDepartmentId);
    const otherStaff = await loginAs(t.app, (await buildUser(t.db, plan, 'dept_staff', otherDepartmentId)).username, TEST_PASSWORD);
    const theirs = await draftOn(otherDepartmentId, otherStaff);
    const response = await manager.post('/api/reports/submit-batch', { reports: [mine, theirs].map(({ id, version }) => ({ id, version })) });
    expect(response.statusCode).toBe(404);
    expect(response.json().error).toMatchObject({ code: 'NOT_FOUND', details: { reportId: theirs.id } });
    expect(await reportRows([mine.id, theirs.id])).toEqual([
      { id: mine.id, state: 'draft', version: 1 },
      { id: theirs.id, state: 'draft', version: 1 },
    ]);
    // Their own head may.
    expect((await otherManager.post('/api/reports/submit-batch', { reports: [{ id: theirs.id, version: 1 }] })).statusCode).toBe(200);
  });

  it('a draft changed after the head saw it stops the whole batch (409, naming it); nothing is sent, no version or audit is added', async () => {
    const first = await draftOn(ownDepartmentId);
    const changed = await draftOn(ownDepartmentId);
    const itemOfChanged = await t.db.selectFrom('progressReports').select('itemId').where('id', '=', changed.id).executeTakeFirstOrThrow();
    expect((await staff.put(`/api/items/${itemOfChanged.itemId}/reports/${PERIOD}`, { ...draft, completionPercent: 55, version: 1 })).statusCode).toBe(200);
    const response = await manager.post('/api/reports/submit-batch', { reports: [first, changed].map(({ id, version }) => ({ id, version })) });
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({ code: 'STALE_VERSION', details: { reportId: changed.id, currentVersion: 2 } });
    expect(await reportRows([first.id, changed.id])).toEqual([
      { id: first.id, state: 'draft', version: 1 },
      { id: changed.id, state: 'draft', version: 2 },
    ]);
    expect(await countVersions([first.id, changed.id], 'submit')).toBe(0);
    expect(await countAudits([first.id, changed.id], 'report.submit')).toBe(0);
  });

  it('a retried request (same Idempotency-Key) is answered as the first time and submits nothing twice', async () => {
    const drafts = [await draftOn(ownDepartmentId), await draftOn(ownDepartmentId)];
    const ids = drafts.map((d) => d.id);
    const body = { reports: drafts.map(({ id, version }) => ({ id, version })) };
    const headers = { 'idempotency-key': `submit-batch-${ids.join('-')}` };
    const first = await manager.post('/api/reports/submit-batch', body, headers);
    const retry = await manager.post('/api/reports/submit-batch', body, headers);
    expect(first.statusCode).toBe(200);
    expect(retry.statusCode).toBe(200);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.json()).toEqual(first.json());
    // Without the key too, a report already submitted is left as it is.
    expect((await manager.post('/api/reports/submit-batch', body)).json().reports).toEqual(first.json().reports);
    expect(await reportRows(ids)).toEqual(ids.map((id) => ({ id, state: 'submitted', version: 2 })));
    expect(await countVersions(ids, 'submit')).toBe(2);
    expect(await countAudits(ids, 'report.submit')).toBe(2);
  });

  it('refuses a batch naming the same report twice, or none', async () => {
    const mine = await draftOn(ownDepartmentId);
    expect((await manager.post('/api/reports/submit-batch', { reports: [mine, mine].map(({ id, version }) => ({ id, version })) })).statusCode).toBe(400);
    expect((await manager.post('/api/reports/submit-batch', { reports: [] })).statusCode).toBe(400);
  });
});

describe('the form shows last quarter’s approved report and who returned this one', () => {
  it('lists approved reports of earlier quarters only, and names the reviewer of a returned report', async () => {
    const item = await buildItem(t.db, plan, { leadDepartmentId: ownDepartmentId });
    expect((await hq.post('/api/cycles', { period: '2023Q1', deadline: '2023-04-07' })).statusCode).toBe(201);
    const earlier = (await staff.put(`/api/items/${item.id}/reports/2023Q1`, { ...draft, completionPercent: 20, progress: '一季度进展' })).json().report;
    await manager.post(`/api/reports/${earlier.id}/submit`, { version: earlier.version });
    expect((await hq.post(`/api/reports/${earlier.id}/approve`, { version: earlier.version + 1 })).statusCode).toBe(200);
    const current = (await staff.put(`/api/items/${item.id}/reports/${PERIOD}`, draft)).json().report;
    await manager.post(`/api/reports/${current.id}/submit`, { version: current.version });
    expect((await hq.post(`/api/reports/${current.id}/return`, { version: current.version + 1, comment: '请补充佐证材料' })).statusCode).toBe(200);

    const previous = (await staff.get(`/api/reports?item=${item.id}&state=approved&before=${PERIOD}&pageSize=1`)).json();
    expect(previous.reports).toEqual([expect.objectContaining({ period: '2023Q1', completionPercent: 20, progress: '一季度进展' })]);
    const returned = (await staff.get(`/api/reports?item=${item.id}&period=${PERIOD}`)).json().reports[0];
    expect(returned).toMatchObject({ state: 'returned', reviewComment: '请补充佐证材料', reviewerName: expect.any(String) });
    expect(returned.reviewedAt).toBeTruthy();
  });
});

describe('本季度待报', () => {
  it('says how many days are left before each deadline (negative when overdue)', async () => {
    const owed = (await staff.get('/api/reporting/owed')).json().owed as { deadline: string; daysLeft: number; isOverdue: boolean }[];
    expect(owed.length).toBeGreaterThan(0);
    for (const row of owed) expect(row.daysLeft < 0).toBe(row.isOverdue);
  });
});

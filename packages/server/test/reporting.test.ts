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
let itemId: number;
let pilotId: number;
let cycleId: number;

const draft = { progressState: 'in_progress', completionPercent: 40, progress: '完成方案编制', problems: null, nextSteps: '加快推进' };

beforeAll(async () => {
  t = await createTestApp();
  plan = await buildPlan(t.db);
  const own = await buildDepartment(t.db, plan);
  const other = await buildDepartment(t.db, plan);
  itemId = (await buildItem(t.db, plan, { leadDepartmentId: own.id })).id;
  pilotId = (await buildItem(t.db, plan, { leadDepartmentId: own.id, ledgers: ['pilots'] })).id;
  await t.db.updateTable('items').set({ pilotLevel: 'provincial', pilotStage: 'planning' }).where('id', '=', pilotId).execute();
  hq = await loginAs(t.app, (await buildUser(t.db, plan, 'hq')).username, TEST_PASSWORD);
  manager = await loginAs(t.app, (await buildUser(t.db, plan, 'dept_manager', own.id)).username, TEST_PASSWORD);
  staff = await loginAs(t.app, (await buildUser(t.db, plan, 'dept_staff', own.id)).username, TEST_PASSWORD);
  otherManager = await loginAs(t.app, (await buildUser(t.db, plan, 'dept_manager', other.id)).username, TEST_PASSWORD);
  const opened = await hq.post('/api/cycles', { period: '2023Q2', deadline: '2023-07-07' });
  expect(opened.statusCode).toBe(201);
  cycleId = opened.json().cycle.id;
});
afterAll(async () => t.close());

describe('a quarterly reporting cycle', () => {
  let reportId: number;

  it('staff draft a report; a second save needs the version', async () => {
    const created = await staff.put(`/api/items/${itemId}/reports/2023Q2`, draft);
    expect(created.statusCode).toBe(200);
    expect(created.json().report).toMatchObject({ state: 'draft', completionPercent: 40, version: 1, policies: { canEdit: true, canSubmit: false } });
    reportId = created.json().report.id;
    expect((await staff.put(`/api/items/${itemId}/reports/2023Q2`, draft)).statusCode).toBe(409);
    const saved = await staff.put(`/api/items/${itemId}/reports/2023Q2`, { ...draft, completionPercent: 45, version: 1 });
    expect(saved.json().report).toMatchObject({ completionPercent: 45, version: 2 });
  });

  it('staff cannot submit; the head submits, and submitting again changes nothing', async () => {
    expect((await staff.post(`/api/reports/${reportId}/submit`, { version: 2 })).statusCode).toBe(403);
    const submitted = await manager.post(`/api/reports/${reportId}/submit`, { version: 2 });
    expect(submitted.json().report).toMatchObject({ state: 'submitted', version: 3 });
    const again = await manager.post(`/api/reports/${reportId}/submit`, { version: 2 });
    expect(again.statusCode).toBe(200);
    expect(again.json().report.version).toBe(3);
    const rows = await t.db.selectFrom('progressReports').selectAll().where('itemId', '=', itemId).execute();
    expect(rows).toHaveLength(1);
  });

  it('a submitted report cannot be edited in place', async () => {
    expect((await staff.put(`/api/items/${itemId}/reports/2023Q2`, { ...draft, version: 3 })).statusCode).toBe(409);
  });

  it('another department can neither read nor submit it (404)', async () => {
    expect((await otherManager.get(`/api/reports/${reportId}`)).statusCode).toBe(404);
    expect((await otherManager.post(`/api/reports/${reportId}/submit`, { version: 3 })).statusCode).toBe(404);
    expect((await otherManager.put(`/api/items/${itemId}/reports/2023Q2`, draft)).statusCode).toBe(404);
    expect((await otherManager.get('/api/reports')).json().total).toBe(0);
  });

  it('the office returns it with a comment; it is corrected and resubmitted; returned reports list first', async () => {
    expect((await hq.post(`/api/reports/${reportId}/return`, { version: 3, comment: '' })).statusCode).toBe(400);
    const returned = await hq.post(`/api/reports/${reportId}/return`, { version: 3, comment: '请补充佐证材料' });
    expect(returned.json().report).toMatchObject({ state: 'returned', reviewComment: '请补充佐证材料' });
    expect((await staff.get('/api/reports')).json().reports[0]).toMatchObject({ id: reportId, state: 'returned' });
    const notices = (await staff.get('/api/notifications')).json();
    expect(JSON.stringify(notices)).toContain('被退回');
    await staff.put(`/api/items/${itemId}/reports/2023Q2`, { ...draft, completionPercent: 50, version: 4 });
    const resubmitted = await manager.post(`/api/reports/${reportId}/submit`, { version: 5 });
    expect(resubmitted.json().report.state).toBe('submitted');
  });

  it('two concurrent approvals of one report produce one approval', async () => {
    const [a, b] = await Promise.all([
      hq.post(`/api/reports/${reportId}/approve`, { version: 6, qualityRating: 4 }),
      hq.post(`/api/reports/${reportId}/approve`, { version: 6, qualityRating: 4 }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const versions = await t.db.selectFrom('reportVersions').selectAll().where('reportId', '=', reportId).where('action', '=', 'approve').execute();
    expect(versions).toHaveLength(1);
  });

  it('keeps every version, visible with the report', async () => {
    const report = (await staff.get(`/api/reports/${reportId}`)).json().report;
    expect(report.versions.map((v: { action: string }) => v.action)).toEqual(['save', 'save', 'submit', 'return', 'save', 'submit', 'approve']);
    expect(report.versions[0].snapshot.completionBp).toBe(4000);
  });

  it("a pilot's approved report moves its application stage, with history", async () => {
    const created = (await staff.put(`/api/items/${pilotId}/reports/2023Q2`, { ...draft, pilotStage: 'applying', pilotStageDate: '2023-05-20' })).json().report;
    await manager.post(`/api/reports/${created.id}/submit`, { version: 1 });
    await hq.post(`/api/reports/${created.id}/approve`, { version: 2 });
    const item = (await hq.get(`/api/items/${pilotId}`)).json().item;
    expect(item.pilot).toMatchObject({ stage: 'applying', stageDate: '2023-05-20' });
    expect(await t.db.selectFrom('pilotStageEvents').selectAll().where('itemId', '=', pilotId).execute()).toHaveLength(1);
  });

  it('a closed cycle is locked: nothing in it changes until the office reopens it, which is logged', async () => {
    const cycle = (await hq.get('/api/cycles')).json().cycles.find((c: { id: number }) => c.id === cycleId);
    const closed = await hq.post(`/api/cycles/${cycleId}/close`, { version: cycle.version });
    expect(closed.json().cycle.status).toBe('closed');
    // The answer counts the cycle's reports as the list does (it said 0 of each before the fix).
    expect(closed.json().cycle.reportCounts).toEqual(cycle.reportCounts);
    expect(Object.values(cycle.reportCounts as Record<string, number>).some((count) => count > 0)).toBe(true);
    const late = await staff.put(`/api/items/${pilotId}/reports/2023Q2`, { ...draft, version: 3 });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('CYCLE_CLOSED');
    expect((await hq.post(`/api/cycles/${cycleId}/reopen`, { version: closed.json().cycle.version })).statusCode).toBe(400);
    const reopened = await hq.post(`/api/cycles/${cycleId}/reopen`, { version: closed.json().cycle.version, reason: '补录遗漏数据' });
    expect(reopened.json().cycle).toMatchObject({ status: 'open', reportCounts: cycle.reportCounts });
    const audit = await t.db.selectFrom('auditLog').selectAll().where('action', '=', 'cycle.reopen').executeTakeFirstOrThrow();
    expect(JSON.parse(audit.after!).reason).toBe('补录遗漏数据');
  });

  it('a report for a quarter with no open cycle is refused', async () => {
    const response = await staff.put(`/api/items/${itemId}/reports/2023Q3`, draft);
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('CYCLE_NOT_OPEN');
  });

  it('only the office opens and closes cycles', async () => {
    expect((await manager.post('/api/cycles', { period: '2023Q3', deadline: '2023-10-10' })).statusCode).toBe(403);
    expect((await hq.post('/api/cycles', { period: '2023Q2', deadline: '2023-07-07' })).statusCode).toBe(409);
  });
});

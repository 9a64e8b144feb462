import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanFixture } from './support/factories.js';
import { buildCycle, buildDepartment, buildItem, buildPlan, buildReport, buildUser, TEST_PASSWORD } from './support/factories.js';
import { uploadFile } from './support/multipart.js';
import { draftAndSubmitReport } from './support/report-flow.js';
import type { Session, TestApp } from './support/test-app.js';
import { createTestApp, loginAs } from './support/test-app.js';

interface QueueEntry {
  report: { id: number; version: number; item: { id: number; code: string; leadDepartment: string | null }; period: string; completionPercent: number };
  outcome: { status: string; basis: string; planned: number | null; actual: number | null; reasonZh: string };
  evidenceCount: number;
  sinceApproved: { period: string; completionPercent: number | null; isProgressChanged: boolean } | null;
}
interface QueuePage {
  entries: QueueEntry[];
  total: number;
}

let t: TestApp;
let plan: PlanFixture;
let hq: Session;
const items = {} as Record<'onTrack' | 'behindPilot' | 'annual' | 'drafted', { id: number; code: string }>;
let ownName: string;
let otherName: string;

const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

async function queue(query = ''): Promise<QueuePage> {
  const response = await hq.get(`/api/review-queue${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

const codes = (page: QueuePage) => page.entries.map((entry) => entry.report.item.code).sort();

beforeAll(async () => {
  t = await createTestApp({ tempDataDir: true });
  plan = await buildPlan(t.db);
  const own = await buildDepartment(t.db, plan);
  const other = await buildDepartment(t.db, plan);
  ownName = own.shortName;
  otherName = other.shortName;
  hq = await loginAs(t.app, (await buildUser(t.db, plan, 'hq')).username, TEST_PASSWORD);
  const staff = await loginAs(t.app, (await buildUser(t.db, plan, 'dept_staff', own.id)).username, TEST_PASSWORD);
  const manager = await loginAs(t.app, (await buildUser(t.db, plan, 'dept_manager', own.id)).username, TEST_PASSWORD);
  const otherStaff = await loginAs(t.app, (await buildUser(t.db, plan, 'dept_staff', other.id)).username, TEST_PASSWORD);
  const otherManager = await loginAs(t.app, (await buildUser(t.db, plan, 'dept_manager', other.id)).username, TEST_PASSWORD);

  items.onTrack = await buildItem(t.db, plan, { code: 'RQ-1', title: '建设零碳产业园', leadDepartmentId: own.id });
  items.behindPilot = await buildItem(t.db, plan, { code: 'RQ-2', title: '海洋牧场试点', leadDepartmentId: own.id, ledgers: ['pilots'] });
  items.annual = await buildItem(t.db, plan, { code: 'RQ-3', title: '推广分布式光伏', leadDepartmentId: other.id });
  items.drafted = await buildItem(t.db, plan, { code: 'RQ-4', title: '仍在起草的任务', leadDepartmentId: own.id });

  // Last quarter's approved report of the first item: what the new one is compared with.
  const lastQuarter = await buildCycle(t.db, plan, { period: '2023Q1', deadline: '2023-04-07', status: 'closed' });
  await buildReport(t.db, lastQuarter, items.onTrack.id, { state: 'approved', completionBp: 4000 });

  for (const [item, percent, basis] of [
    [items.onTrack, 50, 'cumulative'],
    [items.behindPilot, 60, 'cumulative'],
    [items.annual, 50, 'annual'],
  ] as const) {
    const planned = await hq.put(`/api/items/${item.id}/quarterly-plans/2023Q2`, { milestone: '完成阶段任务', cumulativePercent: percent, basis });
    expect(planned.statusCode, planned.body).toBe(200);
  }
  expect((await hq.post('/api/cycles', { period: '2023Q2', deadline: '2023-07-07' })).statusCode).toBe(201);

  // The first report comes with a photo of the site, attached while it was a draft.
  const draft = (
    await staff.put(`/api/items/${items.onTrack.id}/reports/2023Q2`, {
      progressState: 'in_progress',
      completionPercent: 55,
      progress: '园区规划获批',
      problems: null,
      nextSteps: null,
    })
  ).json().report;
  expect((await uploadFile(t.app, staff, `/api/reports/${draft.id}/evidence`, '现场照片.pdf', pdf, 'application/pdf')).statusCode).toBe(201);
  const submitted = await manager.post(`/api/reports/${draft.id}/submit`, { version: (await staff.get(`/api/reports/${draft.id}`)).json().report.version });
  expect(submitted.statusCode, submitted.body).toBe(200);
  await draftAndSubmitReport(staff, manager, items.behindPilot.id, '2023Q2', 20);
  await draftAndSubmitReport(otherStaff, otherManager, items.annual.id, '2023Q2', 45);
  await staff.put(`/api/items/${items.drafted.id}/reports/2023Q2`, {
    progressState: 'in_progress',
    completionPercent: 10,
    progress: '起草中',
    problems: null,
    nextSteps: null,
  });
});
afterAll(async () => t.close());

describe("the office's review queue (报送审核)", () => {
  it('shows each submitted report with planned against reported, the status it would give and why, its evidence and what changed', async () => {
    const page = await queue();
    expect(codes(page)).toEqual(['RQ-1', 'RQ-2', 'RQ-3']);
    expect(page.total).toBe(3);
    const byCode = new Map(page.entries.map((entry) => [entry.report.item.code, entry]));

    const onTrack = byCode.get('RQ-1')!;
    expect(onTrack.report).toMatchObject({ period: '2023Q2', completionPercent: 55, item: { leadDepartment: ownName } });
    expect(onTrack.outcome).toMatchObject({ status: 'on_schedule', basis: 'cumulative', planned: 50, actual: 55 });
    expect(onTrack.outcome.reasonZh).toContain('50%');
    expect(onTrack.evidenceCount).toBe(1);
    expect(onTrack.sinceApproved).toEqual({ period: '2023Q1', periodLabel: '2023年一季度', completionPercent: 40, isProgressChanged: true });

    const behind = byCode.get('RQ-2')!;
    expect(behind.outcome).toMatchObject({ status: 'seriously_behind', planned: 60, actual: 20 });
    expect(behind.sinceApproved).toBeNull();
    expect(behind.evidenceCount).toBe(0);

    // Half of the year's task planned, 45 % of it reported: judged on the year's basis.
    expect(byCode.get('RQ-3')!.outcome).toMatchObject({ status: 'on_schedule', basis: 'annual', planned: 50, actual: 45 });
  });

  it('filters by department, ledger, the status a report would give and text in the code, title or progress', async () => {
    expect(codes(await queue(`?department=${encodeURIComponent(otherName)}`))).toEqual(['RQ-3']);
    expect(codes(await queue('?ledger=pilots'))).toEqual(['RQ-2']);
    expect(codes(await queue('?status=seriously_behind'))).toEqual(['RQ-2']);
    expect(codes(await queue('?status=on_schedule'))).toEqual(['RQ-1', 'RQ-3']);
    expect(codes(await queue(`?q=${encodeURIComponent('光伏')}`))).toEqual(['RQ-3']);
    expect(codes(await queue('?q=rq-1'))).toEqual(['RQ-1']);
    expect(codes(await queue(`?q=${encodeURIComponent('推进中')}`))).toEqual(['RQ-2', 'RQ-3']);
    expect(codes(await queue(`?q=${encodeURIComponent('规划获批')}`))).toEqual(['RQ-1']);
    expect(codes(await queue(`?department=${encodeURIComponent(ownName)}&status=on_schedule`))).toEqual(['RQ-1']);
  });

  it('answers a page at a time, oldest submission first, with the total', async () => {
    const first = await queue('?pageSize=2');
    const second = await queue('?pageSize=2&page=2');
    expect(first.total).toBe(3);
    expect(first.entries.map((entry) => entry.report.item.code)).toEqual(['RQ-1', 'RQ-2']);
    expect(second.entries.map((entry) => entry.report.item.code)).toEqual(['RQ-3']);
  });

  it('an approved report leaves the queue; returning one sends it back to its department', async () => {
    const entries = (await queue()).entries;
    const annual = entries.find((entry) => entry.report.item.code === 'RQ-3')!;
    expect((await hq.post(`/api/reports/${annual.report.id}/approve`, { version: annual.report.version })).statusCode).toBe(200);
    expect(codes(await queue())).toEqual(['RQ-1', 'RQ-2']);
    const behind = entries.find((entry) => entry.report.item.code === 'RQ-2')!;
    expect((await hq.post(`/api/reports/${behind.report.id}/return`, { version: behind.report.version, comment: '请补充佐证材料' })).statusCode).toBe(200);
    expect(codes(await queue())).toEqual(['RQ-1']);
  });

  it('only the office may see the queue', async () => {
    const department = await buildDepartment(t.db, plan);
    for (const [role, departmentId] of [
      ['dept_manager', department.id],
      ['dept_staff', department.id],
      ['leader', null],
      ['auditor', null],
    ] as const) {
      const session = await loginAs(t.app, (await buildUser(t.db, plan, role, departmentId)).username, TEST_PASSWORD);
      expect((await session.get('/api/review-queue')).statusCode, role).toBe(403);
    }
  });

  it('refuses unknown filters and a department it does not know', async () => {
    expect((await hq.get('/api/review-queue?status=purple')).statusCode).toBe(400);
    expect((await hq.get(`/api/review-queue?department=${encodeURIComponent('不存在的局')}`)).statusCode).toBe(400);
  });
});

describe('batch approval from the queue', () => {
  let department: { id: number; shortName: string };
  let manager: Session;
  const reportIds = {} as Record<'unchanged' | 'changed', number>;

  beforeAll(async () => {
    department = await buildDepartment(t.db, plan);
    const staff = await loginAs(t.app, (await buildUser(t.db, plan, 'dept_staff', department.id)).username, TEST_PASSWORD);
    manager = await loginAs(t.app, (await buildUser(t.db, plan, 'dept_manager', department.id)).username, TEST_PASSWORD);
    const unchanged = await buildItem(t.db, plan, { code: 'RQ-6', leadDepartmentId: department.id });
    const changed = await buildItem(t.db, plan, { code: 'RQ-7', leadDepartmentId: department.id });
    // Last quarter's approved report said "完成方案编制"; this quarter's says it again, with a higher figure.
    const lastQuarter = await t.db
      .selectFrom('reportingCycles')
      .selectAll()
      .where('planId', '=', plan.planId)
      .where('period', '=', '2023Q1')
      .executeTakeFirstOrThrow();
    await buildReport(t.db, lastQuarter, unchanged.id, { state: 'approved', completionBp: 4000 });
    const draft = (
      await staff.put(`/api/items/${unchanged.id}/reports/2023Q2`, {
        progressState: 'in_progress',
        completionPercent: 45,
        progress: '完成方案编制',
        problems: null,
        nextSteps: null,
      })
    ).json().report;
    expect((await manager.post(`/api/reports/${draft.id}/submit`, { version: draft.version })).statusCode).toBe(200);
    reportIds.unchanged = draft.id;
    reportIds.changed = (await draftAndSubmitReport(staff, manager, changed.id, '2023Q2', 30)).id;
  });

  it('tells a figure that moved from a progress text that did not', async () => {
    const entry = (await queue(`?department=${department.id}`)).entries.find((candidate) => candidate.report.id === reportIds.unchanged)!;
    expect(entry.report.completionPercent).toBe(45);
    expect(entry.sinceApproved).toMatchObject({ completionPercent: 40, isProgressChanged: false });
  });

  it('approves what is unchanged and refuses, by report, one changed since it was listed', async () => {
    const listed = (await queue(`?department=${department.id}`)).entries.map(({ report }) => ({ id: report.id, version: report.version }));
    expect(listed).toHaveLength(2);
    // The department withdraws and submits again after the office listed it: its version moved on.
    const changed = listed.find((report) => report.id === reportIds.changed)!;
    const withdrawn = (await manager.post(`/api/reports/${changed.id}/withdraw`, { version: changed.version })).json().report;
    expect((await manager.post(`/api/reports/${changed.id}/submit`, { version: withdrawn.version })).statusCode).toBe(200);

    const batch = await hq.post('/api/reviews', { decision: 'approve', reports: listed });
    expect(batch.statusCode).toBe(200);
    expect(batch.json().results).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: reportIds.unchanged, ok: true, state: 'approved' }),
        { id: reportIds.changed, ok: false, code: 'STALE_VERSION' },
      ]),
    );
    expect((await queue(`?department=${department.id}`)).entries.map((entry) => entry.report.id)).toEqual([reportIds.changed]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanFixture } from './support/factories.js';
import { buildDepartment, buildItem, buildPerson, buildPlan, buildUser, TEST_PASSWORD } from './support/factories.js';
import type { Session, TestApp } from './support/test-app.js';
import { uploadFile } from './support/multipart.js';
import { createTestApp, loginAs } from './support/test-app.js';

/**
 * The item page's change history (GET /api/items/:id/history): what the audit log recorded about the
 * item, its quarterly plans and its reports, for those who may read the item, in human terms and with
 * personal data masked. The audit log itself stays the auditor's.
 */
let t: TestApp;
let plan: PlanFixture;
let hq: Session;
let manager: Session;
let staff: Session;
let otherManager: Session;
let auditor: Session;
let itemId: number;
let hqName: string;

interface Change {
  field: string;
  before: string | null;
  after: string | null;
}
interface Entry {
  action: string;
  subject: string;
  period: string | null;
  at: string;
  actor: { name: string; role: string | null } | null;
  changes: Change[];
}

const PHONE = '13812345678';
const TYPED_PHONE = '13987654321';

async function historyOf(session: Session, id = itemId, query = '') {
  return session.get(`/api/items/${id}/history${query}`);
}

beforeAll(async () => {
  t = await createTestApp({ tempDataDir: true });
  plan = await buildPlan(t.db);
  const own = await buildDepartment(t.db, plan);
  const other = await buildDepartment(t.db, plan);
  itemId = (await buildItem(t.db, plan, { leadDepartmentId: own.id, title: '建设零碳园区' })).id;
  const hqUser = await buildUser(t.db, plan, 'hq');
  hqName = hqUser.displayName;
  hq = await loginAs(t.app, hqUser.username, TEST_PASSWORD);
  manager = await loginAs(t.app, (await buildUser(t.db, plan, 'dept_manager', own.id)).username, TEST_PASSWORD);
  staff = await loginAs(t.app, (await buildUser(t.db, plan, 'dept_staff', own.id)).username, TEST_PASSWORD);
  otherManager = await loginAs(t.app, (await buildUser(t.db, plan, 'dept_manager', other.id)).username, TEST_PASSWORD);
  auditor = await loginAs(t.app, (await buildUser(t.db, plan, 'auditor')).username, TEST_PASSWORD);
  const person = await buildPerson(t.db, plan, { kind: 'staff', name: '王工', phone: PHONE, departmentId: own.id });

  const item = (await hq.get(`/api/items/${itemId}`)).json().item;
  const edited = await hq.patch(`/api/items/${itemId}`, {
    version: item.version,
    title: '建设近零碳园区',
    staffPersonId: person.id,
    remarks: `联系人电话${TYPED_PHONE}`,
  });
  expect(edited.statusCode).toBe(200);
  expect((await manager.put(`/api/items/${itemId}/quarterly-plans/2023Q2`, { milestone: '完成规划编制', cumulativePercent: 30 })).statusCode).toBe(200);

  expect((await hq.post('/api/cycles', { period: '2023Q2', deadline: '2023-07-07' })).statusCode).toBe(201);
  const drafted = await staff.put(`/api/items/${itemId}/reports/2023Q2`, {
    progressState: 'in_progress',
    completionPercent: 25,
    progress: '规划编制中',
    problems: null,
    nextSteps: null,
  });
  expect(drafted.statusCode).toBe(200);
  const reportId = drafted.json().report.id;
  expect((await manager.post(`/api/reports/${reportId}/submit`, { version: 1 })).statusCode).toBe(200);
  const approved = await hq.post(`/api/reports/${reportId}/approve`, {
    version: 2,
    comment: '同意',
    override: { status: 'on_schedule', reason: '节点按期完成' },
  });
  expect(approved.statusCode).toBe(200);
});
afterAll(async () => t.close());

describe('the change history of an item', () => {
  it('shows the office’s edit of the item with the fields before and after, and who made it by name and role', async () => {
    const response = await historyOf(manager);
    expect(response.statusCode).toBe(200);
    const entries = response.json().entries as Entry[];
    const edit = entries.find((entry) => entry.action === 'item.update')!;
    expect(edit.actor).toEqual({ name: hqName, role: 'hq' });
    expect(edit.at).toMatch(/\+08:00$/);
    expect(edit.changes).toContainEqual({ field: 'title', before: '建设零碳园区', after: '建设近零碳园区' });
    expect(edit.changes.find((change) => change.field === 'staff')).toEqual({ field: 'staff', before: null, after: '王工' });
    // Technical fields never show.
    expect(edit.changes.map((change) => change.field)).not.toContain('version');
    expect(edit.changes.map((change) => change.field)).not.toContain('updatedAt');
  });

  it('shows the quarterly plan and the report’s way to approval, newest first, with the reviewer’s override and reason', async () => {
    const entries = (await historyOf(hq)).json().entries as Entry[];
    expect(entries.map((entry) => entry.action)).toEqual(['report.approve', 'report.submit', 'report.create', 'quarterly_plan.set', 'item.update']);
    const [approve, submit, created, quarterly] = entries;
    expect(approve).toMatchObject({ subject: 'report', period: '2023Q2' });
    expect(approve!.changes).toEqual(
      expect.arrayContaining([
        { field: 'state', before: 'submitted', after: 'approved' },
        { field: 'reviewComment', before: null, after: '同意' },
        { field: 'overrideStatus', before: null, after: 'on_schedule' },
        { field: 'overrideReason', before: null, after: '节点按期完成' },
      ]),
    );
    expect(submit!.changes).toEqual([{ field: 'state', before: 'draft', after: 'submitted' }]);
    expect(created!.changes).toContainEqual({ field: 'completionPercent', before: null, after: '25%' });
    expect(quarterly).toMatchObject({ subject: 'quarterly_plan', period: '2023Q2' });
    expect(quarterly!.changes).toEqual([
      { field: 'milestone', before: null, after: '完成规划编制' },
      { field: 'cumulativePercent', before: null, after: '30%' },
      { field: 'basis', before: null, after: 'cumulative' },
    ]);
  });

  it('a report corrected after a return shows only what the department changed, and its evidence upload', async () => {
    const own = (await t.db.selectFrom('items').select('leadDepartmentId').where('id', '=', itemId).executeTakeFirstOrThrow()).leadDepartmentId!;
    const item = (await buildItem(t.db, plan, { leadDepartmentId: own })).id;
    const draft = { progressState: 'in_progress', completionPercent: 20, progress: '前期工作', problems: '资金未到位', nextSteps: null };
    const report = (await staff.put(`/api/items/${item}/reports/2023Q2`, draft)).json().report;
    expect((await manager.post(`/api/reports/${report.id}/submit`, { version: 1 })).statusCode).toBe(200);
    expect((await hq.post(`/api/reports/${report.id}/return`, { version: 2, comment: '请补充佐证' })).statusCode).toBe(200);
    expect((await staff.put(`/api/items/${item}/reports/2023Q2`, { ...draft, completionPercent: 30, version: 3 })).statusCode).toBe(200);
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
    const upload = await uploadFile(t.app, staff, `/api/reports/${report.id}/evidence`, '现场照片.pdf', pdf, 'application/pdf');
    expect(upload.statusCode, upload.body).toBe(201);
    const entries = (await historyOf(hq, item)).json().entries as Entry[];
    const correction = entries.find((entry) => entry.action === 'report.save')!;
    expect(correction.changes).toEqual(expect.arrayContaining([{ field: 'completionPercent', before: '20%', after: '30%' }]));
    // The office's comment was not the department's doing; unchanged texts are no change.
    expect(correction.changes.map((change) => change.field)).not.toContain('reviewComment');
    expect(correction.changes.map((change) => change.field)).not.toContain('problems');
    expect(entries.find((entry) => entry.action === 'evidence.upload')).toMatchObject({
      subject: 'evidence',
      changes: [{ field: 'originalName', before: null, after: '现场照片.pdf' }],
    });
  });

  it('pages, with the total', async () => {
    const page = (await historyOf(hq, itemId, '?page=2&pageSize=2')).json();
    expect(page).toMatchObject({ total: 5, page: 2, pageSize: 2 });
    expect(page.entries.map((entry: Entry) => entry.action)).toEqual(['report.create', 'quarterly_plan.set']);
  });

  it('never shows a phone number in clear, neither the staff member’s nor one typed into a text', async () => {
    const body = (await historyOf(hq)).body;
    expect(body).not.toContain(PHONE);
    expect(body).not.toContain(TYPED_PHONE);
    expect(body).toContain('138****5678');
    expect(body).not.toMatch(/"(ip|requestId|hash|userId)"/);
  });

  it('is not found for another department, as the item itself is', async () => {
    expect((await otherManager.get(`/api/items/${itemId}`)).statusCode).toBe(404);
    expect((await historyOf(otherManager)).statusCode).toBe(404);
    expect((await historyOf(hq, 999_999)).statusCode).toBe(404);
  });

  it('is for plan readers; the audit log itself stays the auditor’s alone', async () => {
    expect((await historyOf(auditor)).statusCode).toBe(403);
    for (const session of [hq, manager, staff]) {
      expect((await session.get('/api/audit')).statusCode).toBe(403);
      expect((await session.get('/api/audit/export')).statusCode).toBe(403);
    }
    const log = await auditor.get(`/api/audit?entityType=item&entityId=${itemId}`);
    expect(log.statusCode).toBe(200);
    expect(log.json().entries.map((entry: { action: string }) => entry.action)).toContain('item.update');
  });
});

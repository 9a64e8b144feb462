import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanFixture } from './support/factories.js';
import { buildCycle, buildDepartment, buildItem, buildPlan, buildReport, buildUser, TEST_PASSWORD } from './support/factories.js';
import type { Session, TestApp } from './support/test-app.js';
import { startMailbox } from './support/mailbox.js';
import type { Mailbox } from './support/mailbox.js';
import { createTestApp, loginAs } from './support/test-app.js';

/** A real SMTP server in this process receives what 催报 sends. */
let received: Mailbox['received'] = [];
let smtp: Mailbox;

let t: TestApp;
let plan: PlanFixture;
let hq: Session;
let cycleId: number;
const dept = {} as Record<'lagging' | 'halfway' | 'done' | 'helper', { id: number; name: string }>;
const users = {} as Record<'laggingStaff' | 'laggingManager' | 'halfwayStaff' | 'inactive', { id: number; username: string }>;

interface DepartmentRow {
  departmentId: number;
  departmentName: string;
  owed: number;
  reported: number;
  approved: number;
  missing: number;
  reportedRate: number;
  isOverdue: boolean;
  reminders: { count: number; lastSentAt: string | null };
}

async function departmentsOf(session: Session, id = cycleId): Promise<DepartmentRow[]> {
  const response = await session.get(`/api/cycles/${id}/departments`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json().departments;
}

beforeAll(async () => {
  smtp = await startMailbox();
  received = smtp.received;
  const smtpUrl = smtp.url;
  t = await createTestApp({ config: { mail: { smtpUrl, from: 'plantrack@example.gov.cn' } } });
  plan = await buildPlan(t.db);
  dept.lagging = await buildDepartment(t.db, plan, { name: '市甲局', shortName: '市甲局' });
  dept.halfway = await buildDepartment(t.db, plan, { name: '市乙局', shortName: '市乙局' });
  dept.done = await buildDepartment(t.db, plan, { name: '市丙局', shortName: '市丙局' });
  dept.helper = await buildDepartment(t.db, plan, { name: '市丁局', shortName: '市丁局' });
  const cycle = await buildCycle(t.db, plan, { period: '2023Q2', deadline: '2023-07-07' });
  cycleId = cycle.id;
  // 市甲局: a draft, a returned report and no report at all — nothing with the office.
  const lagging = [0, 1, 2].map(async () => buildItem(t.db, plan, { leadDepartmentId: dept.lagging.id }));
  const [draft, returned] = await Promise.all(lagging);
  await buildReport(t.db, cycle, draft!.id, { state: 'draft' });
  await buildReport(t.db, cycle, returned!.id, { state: 'returned' });
  // 市乙局: one submitted, one approved, one draft, one none; 市丁局 co-operates on the approved one.
  const [submitted, approved, halfDraft] = await Promise.all([0, 1, 2, 3].map(async () => buildItem(t.db, plan, { leadDepartmentId: dept.halfway.id })));
  await t.db.insertInto('itemCoDepartments').values({ itemId: approved!.id, departmentId: dept.helper.id }).execute();
  await buildReport(t.db, cycle, submitted!.id, { state: 'submitted' });
  await buildReport(t.db, cycle, approved!.id, { state: 'approved' });
  await buildReport(t.db, cycle, halfDraft!.id, { state: 'draft' });
  // 市丙局 has reported everything; it also co-operates on one of its own items (counted once).
  const doneItem = await buildItem(t.db, plan, { leadDepartmentId: dept.done.id });
  await t.db.insertInto('itemCoDepartments').values({ itemId: doneItem.id, departmentId: dept.done.id }).execute();
  await buildReport(t.db, cycle, doneItem.id, { state: 'approved' });

  const build = async (role: 'dept_staff' | 'dept_manager', departmentId: number, email: string | null) => {
    const user = await buildUser(t.db, plan, role, departmentId);
    if (email) await t.db.updateTable('users').set({ email }).where('id', '=', user.id).execute();
    return user;
  };
  users.laggingStaff = await build('dept_staff', dept.lagging.id, 'staff@jia.gov.cn');
  users.laggingManager = await build('dept_manager', dept.lagging.id, null);
  users.halfwayStaff = await build('dept_staff', dept.halfway.id, 'staff@yi.gov.cn');
  users.inactive = await build('dept_staff', dept.lagging.id, 'gone@jia.gov.cn');
  await t.db.updateTable('users').set({ isActive: 0 }).where('id', '=', users.inactive.id).execute();
  hq = await loginAs(t.app, (await buildUser(t.db, plan, 'hq')).username, TEST_PASSWORD);
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

describe('the cycles page: reporting progress by department', () => {
  it('counts 应报 / 已报 / 已审 / 未报 and 报送率 per department; drafts and returned reports are not reported', async () => {
    const rows = await departmentsOf(hq);
    const byName = Object.fromEntries(rows.map((row) => [row.departmentName, row]));
    expect(byName['市甲局']).toMatchObject({ owed: 3, reported: 0, approved: 0, missing: 3, reportedRate: 0, isOverdue: true });
    expect(byName['市乙局']).toMatchObject({ owed: 4, reported: 2, approved: 1, missing: 2, reportedRate: 50, isOverdue: true });
    expect(byName['市丙局']).toMatchObject({ owed: 1, reported: 1, approved: 1, missing: 0, reportedRate: 100, isOverdue: false });
    expect(byName['市丁局']).toMatchObject({ owed: 1, reported: 1, approved: 1, missing: 0, reportedRate: 100 });
  });

  it('lists the overdue departments first, then the lowest 报送率', async () => {
    expect((await departmentsOf(hq)).map((row) => row.departmentName)).toEqual(['市甲局', '市乙局', '市丙局', '市丁局']);
    // Before the deadline nobody is overdue: the order is by 报送率 alone.
    const future = await buildCycle(t.db, plan, { period: '2023Q3', deadline: '2099-10-10' });
    const item = (await t.db.selectFrom('items').select('id').where('leadDepartmentId', '=', dept.done.id).executeTakeFirstOrThrow()).id;
    await buildReport(t.db, future, item, { state: 'submitted' });
    const rows = await departmentsOf(hq, future.id);
    expect(rows.every((row) => !row.isOverdue)).toBe(true);
    expect(rows.map((row) => row.reportedRate)).toEqual([0, 0, 0, 100]);
    expect(rows.at(-1)!.departmentName).toBe('市丙局');
  });

  it('agrees with what each department sees in 本季度待报', async () => {
    const rows = await departmentsOf(hq);
    for (const name of ['市甲局', '市乙局'] as const) {
      const staff = name === '市甲局' ? users.laggingStaff : users.halfwayStaff;
      const session = await loginAs(t.app, staff.username, TEST_PASSWORD);
      const owed = (await session.get('/api/reporting/owed')).json().owed as { cycleId: number }[];
      expect(owed.filter((o) => o.cycleId === cycleId)).toHaveLength(rows.find((row) => row.departmentName === name)!.missing);
    }
  });

  it('is for the office only', async () => {
    const staff = await loginAs(t.app, users.laggingStaff.username, TEST_PASSWORD);
    expect((await staff.get(`/api/cycles/${cycleId}/departments`)).statusCode).toBe(403);
    expect((await staff.post(`/api/cycles/${cycleId}/departments/${dept.lagging.id}/remind`)).statusCode).toBe(403);
    expect((await staff.post(`/api/cycles/${cycleId}/remind-overdue`)).statusCode).toBe(403);
    expect((await hq.get('/api/cycles/999999/departments')).statusCode).toBe(404);
  });
});

describe('催报: the office reminds a department now', () => {
  it("notifies the department's active staff and manager only, e-mails those with an address, audits and records it", async () => {
    const response = await hq.post(`/api/cycles/${cycleId}/departments/${dept.lagging.id}/remind`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().reminder).toMatchObject({ departmentId: dept.lagging.id, notified: 2, emailed: 1, emailStatus: 'sent' });

    const notices = await t.db.selectFrom('notifications').selectAll().where('kind', '=', 'report.reminder').execute();
    expect(notices.map((n) => n.userId).sort((a, b) => a - b)).toEqual([users.laggingStaff.id, users.laggingManager.id].sort((a, b) => a - b));
    expect(notices[0]!.title).toContain('尚有3项未报送');
    const staff = await loginAs(t.app, users.laggingStaff.username, TEST_PASSWORD);
    expect(JSON.stringify((await staff.get('/api/notifications')).json())).toContain('指挥部办公室催报');

    expect(received.map((mail) => mail.to)).toEqual([['staff@jia.gov.cn']]);
    expect(received[0]!.raw).toContain('Subject:');

    const audit = await t.db.selectFrom('auditLog').selectAll().where('action', '=', 'cycle.remind').execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.entityId).toBe(String(cycleId));

    const row = (await departmentsOf(hq)).find((r) => r.departmentId === dept.lagging.id)!;
    expect(row.reminders.count).toBe(1);
    expect(row.reminders.lastSentAt).toBe(response.json().reminder.sentAt);
  });

  it('refuses a repeat within 10 minutes with a stable code, and allows it afterwards', async () => {
    const again = await hq.post(`/api/cycles/${cycleId}/departments/${dept.lagging.id}/remind`);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('REMINDER_TOO_SOON');
    expect(again.json().error.message).toContain('10 分钟');
    const earlier = new Date(Date.now() - 11 * 60_000).toISOString();
    await t.db.updateTable('cycleReminders').set({ sentAt: earlier }).where('departmentId', '=', dept.lagging.id).execute();
    expect((await hq.post(`/api/cycles/${cycleId}/departments/${dept.lagging.id}/remind`)).statusCode).toBe(200);
    expect((await departmentsOf(hq)).find((r) => r.departmentId === dept.lagging.id)!.reminders.count).toBe(2);
  });

  it('“催报 all overdue” reminds every overdue department not reminded a moment ago, in one go', async () => {
    const future = await t.db
      .selectFrom('reportingCycles')
      .select('id')
      .where('period', '=', '2023Q3')
      .where('planId', '=', plan.planId)
      .executeTakeFirstOrThrow();
    expect((await hq.post(`/api/cycles/${future.id}/remind-overdue`)).json().error.code).toBe('INVALID_STATE');
    const before = received.length;
    const response = await hq.post(`/api/cycles/${cycleId}/remind-overdue`);
    expect(response.statusCode, response.body).toBe(200);
    // 市甲局 was reminded just now and is left out; 市乙局 is overdue and reminded.
    expect(response.json()).toMatchObject({ skipped: 1, reminders: [{ departmentId: dept.halfway.id, notified: 1, emailed: 1, emailStatus: 'sent' }] });
    expect(received.slice(before).map((mail) => mail.to)).toEqual([['staff@yi.gov.cn']]);
    const notified = await t.db
      .selectFrom('notifications')
      .select('userId')
      .where('kind', '=', 'report.reminder')
      .where('userId', '=', users.halfwayStaff.id)
      .execute();
    expect(notified).toHaveLength(1);
  });

  it('a department that owes nothing, or a closed cycle, is not reminded', async () => {
    expect((await hq.post(`/api/cycles/${cycleId}/departments/${dept.done.id}/remind`)).json().error.code).toBe('INVALID_STATE');
    const closed = await buildCycle(t.db, plan, { period: '2023Q1', deadline: '2023-04-07', status: 'closed' });
    expect((await hq.post(`/api/cycles/${closed.id}/departments/${dept.halfway.id}/remind`)).json().error.code).toBe('CYCLE_CLOSED');
  });

  it('without SMTP the reminder is still recorded and the answer says no e-mail went out', async () => {
    const noMail = await createTestApp({ config: { mail: { smtpUrl: undefined, from: 'x@example.gov.cn' } } });
    try {
      const other = await buildPlan(noMail.db);
      const department = await buildDepartment(noMail.db, other);
      await buildItem(noMail.db, other, { leadDepartmentId: department.id });
      const cycle = await buildCycle(noMail.db, other);
      const staff = await buildUser(noMail.db, other, 'dept_staff', department.id);
      await noMail.db.updateTable('users').set({ email: 'a@b.gov.cn' }).where('id', '=', staff.id).execute();
      const office = await loginAs(noMail.app, (await buildUser(noMail.db, other, 'hq')).username, TEST_PASSWORD);
      const response = await office.post(`/api/cycles/${cycle.id}/departments/${department.id}/remind`);
      expect(response.json().reminder).toMatchObject({ notified: 1, emailed: 0, emailStatus: 'not_configured' });
      expect(await noMail.db.selectFrom('notifications').select('userId').where('kind', '=', 'report.reminder').execute()).toEqual([{ userId: staff.id }]);
    } finally {
      await noMail.close();
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailer } from '../src/reporting/reminders/mailer.js';
import { sendDueReminders } from '../src/reporting/reminders/send-reminders.js';
import type { PlanFixture } from './support/factories.js';
import { buildDepartment, buildItem, buildPlan, buildUser, TEST_PASSWORD } from './support/factories.js';
import { draftAndSubmitReport } from './support/report-flow.js';
import type { TestApp } from './support/test-app.js';
import { startMailbox } from './support/mailbox.js';
import type { Mailbox } from './support/mailbox.js';
import { createTestApp, loginAs } from './support/test-app.js';

/** A real SMTP server in this process receives what the reminders send. */
let smtp: Mailbox;
let smtpPort: number;
let received: Mailbox['received'] = [];

let t: TestApp;
let plan: PlanFixture;
let owingStaffId: number;
let owingStaffName: string;

beforeAll(async () => {
  smtp = await startMailbox();
  received = smtp.received;
  smtpPort = Number(new URL(smtp.url).port);

  t = await createTestApp();
  plan = await buildPlan(t.db);
  const owing = await buildDepartment(t.db, plan);
  const done = await buildDepartment(t.db, plan);
  const owingItem = await buildItem(t.db, plan, { leadDepartmentId: owing.id });
  const doneItem = await buildItem(t.db, plan, { leadDepartmentId: done.id });
  const staff = await buildUser(t.db, plan, 'dept_staff', owing.id);
  owingStaffId = staff.id;
  owingStaffName = staff.username;
  await t.db.updateTable('users').set({ email: 'zhang@example.gov.cn' }).where('id', '=', staff.id).execute();
  const doneStaff = await buildUser(t.db, plan, 'dept_staff', done.id);
  const doneManager = await buildUser(t.db, plan, 'dept_manager', done.id);
  await t.db.updateTable('users').set({ email: 'li@example.gov.cn' }).where('id', 'in', [doneStaff.id, doneManager.id]).execute();
  const hq = await loginAs(t.app, (await buildUser(t.db, plan, 'hq')).username, TEST_PASSWORD);
  await hq.post('/api/cycles', { period: '2023Q2', deadline: '2023-07-07' });
  // The other department has submitted already; it must not be reminded.
  const doneSession = await loginAs(t.app, doneStaff.username, TEST_PASSWORD);
  await draftAndSubmitReport(doneSession, await loginAs(t.app, doneManager.username, TEST_PASSWORD), doneItem.id, '2023Q2', 30);
  void owingItem;
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

describe('reminders before a reporting deadline', () => {
  it('nothing is sent while the deadline is further away than the reminder window', async () => {
    const mailer = createMailer(`smtp://127.0.0.1:${smtpPort}`, 'plantrack@example.gov.cn');
    const outcome = await sendDueReminders(t.db, mailer, { daysBefore: 3, today: '2023-06-30' });
    expect(outcome).toEqual({ cyclesClaimed: 0, notified: 0, emailed: 0 });
    mailer?.close();
  });

  it('those who still owe a report get an in-app notice and an e-mail; two servers running it at once send it once', async () => {
    const mailerA = createMailer(`smtp://127.0.0.1:${smtpPort}`, 'plantrack@example.gov.cn');
    const mailerB = createMailer(`smtp://127.0.0.1:${smtpPort}`, 'plantrack@example.gov.cn');
    const [a, b] = await Promise.all([
      sendDueReminders(t.db, mailerA, { daysBefore: 3, today: '2023-07-05' }),
      sendDueReminders(t.db, mailerB, { daysBefore: 3, today: '2023-07-05' }),
    ]);
    mailerA?.close();
    mailerB?.close();
    expect(a.cyclesClaimed + b.cyclesClaimed).toBe(1);
    expect(received).toHaveLength(1);
    expect(received[0]!.to).toEqual(['zhang@example.gov.cn']);
    expect(received[0]!.raw).toContain('Subject:');
    const notices = await t.db.selectFrom('notifications').selectAll().where('kind', '=', 'report.due').execute();
    expect(notices.map((n) => n.userId)).toEqual([owingStaffId]);
    const session = await loginAs(t.app, owingStaffName, TEST_PASSWORD);
    const mine = (await session.get('/api/notifications')).json();
    expect(JSON.stringify(mine)).toContain('2023年二季度');
  });

  it('running again the same day sends nothing more; the next day reminds again', async () => {
    expect((await sendDueReminders(t.db, null, { daysBefore: 3, today: '2023-07-05' })).cyclesClaimed).toBe(0);
    expect((await sendDueReminders(t.db, null, { daysBefore: 3, today: '2023-07-06' })).notified).toBe(1);
  });
});

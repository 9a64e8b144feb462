import { formatDateZh, formatPeriodZh, todayInShanghai } from '@plantrack/domain';
import type { RequestContext } from '../auth/actor.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Db } from '../db/database.js';
import { notifyReportersOfDepartment } from '../notifications/notifications.service.js';
import { findDepartmentById } from '../organisation/departments.repository.js';
import { getCurrentPlan } from '../plan/plans.service.js';
import { AppError, notFound } from '../shared/app-error.js';
import { nowIso } from '../shared/clock.js';
import * as repo from './cycles.repository.js';
import type { Mailer } from './reminders/mailer.js';
import { findEmailsOfUsers } from './reminders/reminders.repository.js';

/** A second 催报 of the same department and cycle within this many minutes is a double click, not a decision. */
export const REMINDER_REPEAT_MINUTES = 10;

export type ReminderEmailStatus = 'sent' | 'partly_sent' | 'failed' | 'not_configured' | 'no_address';

type CycleRow = repo.CycleRow;
type Progress = Awaited<ReturnType<typeof repo.countReportsByDepartment>>[number];
interface Recipient {
  email: string | null;
  displayName: string;
}
interface Message {
  kind: string;
  title: string;
  body: string;
  link: string;
}
interface Written {
  departmentId: number;
  sentAt: string;
  notified: number;
  recipients: Recipient[];
  message: Message;
}

/**
 * 催报 of one department: the office reminds it, now, to report in an open cycle. In one transaction: an
 * in-app notification to each active 部门负责人 and 填报员 of the department, the reminder's record and an
 * audit row. E-mail goes out after the commit, so a slow or broken mail server never holds the database
 * nor undoes the notifications; the answer says what became of it.
 */
export async function remindDepartment(db: Db, ctx: RequestContext, mailer: Mailer | null, cycleId: number, departmentId: number) {
  const [written] = await inReminderTransaction(db, ctx, cycleId, async (trx, _cycle, progress, lastSent) => {
    const department = await findDepartmentById(trx, ctx.actor.organisationId, departmentId);
    if (!department) throw notFound('department', departmentId);
    const last = lastSent.get(department.id);
    if (last && isRecent(last)) throw new AppError('REMINDER_TOO_SOON', { departmentId, lastSentAt: last, repeatAfterMinutes: REMINDER_REPEAT_MINUTES });
    const row = progress.find((p) => p.departmentId === department.id);
    if (!row || row.owed === row.reported) throw new AppError('INVALID_STATE', { departmentId, reason: 'the department owes no report in this cycle' });
    return [row];
  });
  return { ...summary(written!), ...(await sendReminderEmails(mailer, written!)) };
}

/**
 * 催报 of every overdue department at once (deadline passed, something missing), in one transaction;
 * those reminded within the last minutes are left out, as a single 催报 would refuse them.
 */
export async function remindOverdueDepartments(db: Db, ctx: RequestContext, mailer: Mailer | null, cycleId: number) {
  let skipped = 0;
  const written = await inReminderTransaction(db, ctx, cycleId, async (_trx, cycle, progress, lastSent) => {
    if (todayInShanghai() <= cycle.deadline) throw new AppError('INVALID_STATE', { reason: 'the deadline has not passed', deadline: cycle.deadline });
    const overdue = progress.filter((row) => row.owed > row.reported);
    const due = overdue.filter((row) => !isRecent(lastSent.get(row.departmentId)));
    skipped = overdue.length - due.length;
    return due;
  });
  const reminders = [];
  for (const one of written) reminders.push({ ...summary(one), ...(await sendReminderEmails(mailer, one)) });
  return { reminders, skipped };
}

/** The shared steps: the open cycle, locked; the departments `choose` picks from its progress; then each is notified, recorded and audited. */
async function inReminderTransaction(
  db: Db,
  ctx: RequestContext,
  cycleId: number,
  choose: (trx: Db, cycle: CycleRow, progress: Progress[], lastSent: Map<number, string>) => Promise<Progress[]>,
): Promise<Written[]> {
  return db.transaction().execute(async (trx) => {
    const plan = await getCurrentPlan(trx, ctx.actor);
    const cycle = await repo.findCycle(trx, plan.id, cycleId);
    if (!cycle) throw notFound('reporting_cycle', cycleId);
    if (cycle.status !== 'open') throw new AppError('CYCLE_CLOSED', { period: cycle.period });
    await repo.lockCycleForReminders(trx, cycle.id);
    const [progress, reminders] = await Promise.all([repo.countReportsByDepartment(trx, plan.id, cycle.id), repo.summariseCycleReminders(trx, cycle.id)]);
    const lastSent = new Map([...reminders].flatMap(([id, r]) => (r.lastSentAt ? [[id, r.lastSentAt] as const] : [])));
    const chosen = await choose(trx, cycle, progress, lastSent);
    const written: Written[] = [];
    for (const row of chosen) written.push(await remindInTransaction(trx, ctx, cycle, row));
    return written;
  });
}

async function remindInTransaction(trx: Db, ctx: RequestContext, cycle: CycleRow, row: Progress): Promise<Written> {
  const missing = row.owed - row.reported;
  const message = {
    kind: 'report.reminder',
    title: `指挥部办公室催报：${formatPeriodZh(cycle.period)}进展报告尚有${missing}项未报送`,
    body: `请于${formatDateZh(cycle.deadline)}前完成填报并由部门负责人报送。${todayInShanghai() > cycle.deadline ? '报送截止日期已过，请尽快报送。' : ''}`,
    link: '/reporting',
  };
  const userIds = await notifyReportersOfDepartment(trx, row.departmentId, message);
  const reminder = await repo.insertCycleReminder(trx, {
    cycleId: cycle.id,
    departmentId: row.departmentId,
    sentBy: ctx.actor.userId,
    sentAt: nowIso(),
    notifiedCount: userIds.length,
  });
  await recordAudit(trx, ctx, {
    action: 'cycle.remind',
    entityType: 'reporting_cycle',
    entityId: cycle.id,
    after: { ...reminder, departmentName: row.name, missing, notifiedUserIds: userIds },
  });
  return { departmentId: row.departmentId, sentAt: reminder.sentAt, notified: userIds.length, recipients: await findEmailsOfUsers(trx, userIds), message };
}

function isRecent(sentAt: string | undefined): boolean {
  return sentAt !== undefined && Date.now() - Date.parse(sentAt) < REMINDER_REPEAT_MINUTES * 60_000;
}

function summary(written: Written) {
  return { departmentId: written.departmentId, sentAt: written.sentAt, notified: written.notified };
}

async function sendReminderEmails(mailer: Mailer | null, { recipients, message }: Written): Promise<{ emailed: number; emailStatus: ReminderEmailStatus }> {
  const addressed = recipients.filter((r): r is { email: string; displayName: string } => Boolean(r.email));
  if (!mailer) return { emailed: 0, emailStatus: 'not_configured' };
  if (addressed.length === 0) return { emailed: 0, emailStatus: 'no_address' };
  const results = await Promise.allSettled(
    addressed.map((r) =>
      mailer.send({
        to: r.email,
        subject: `【推进台账】${message.title}`,
        text: `${r.displayName}：\n\n${message.title}。${message.body}\n请登录推进台账系统办理。\n`,
      }),
    ),
  );
  const emailed = results.filter((r) => r.status === 'fulfilled').length;
  return { emailed, emailStatus: emailed === addressed.length ? 'sent' : emailed === 0 ? 'failed' : 'partly_sent' };
}

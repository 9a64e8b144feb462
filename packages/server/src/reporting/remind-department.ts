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

/**
 * 催报: the office reminds one department, now, to report in an open cycle. In one transaction: an in-app
 * notification to each active 部门负责人 and 填报员 of the department, the reminder's record and an audit
 * row. E-mail goes out after the commit, so a slow or broken mail server never holds the database nor
 * undoes the notifications; the answer says what became of it.
 */
export async function remindDepartment(db: Db, ctx: RequestContext, mailer: Mailer | null, cycleId: number, departmentId: number) {
  const { reminder, recipients, message } = await db.transaction().execute(async (trx) => {
    const plan = await getCurrentPlan(trx, ctx.actor);
    const cycle = await repo.findCycle(trx, plan.id, cycleId);
    if (!cycle) throw notFound('reporting_cycle', cycleId);
    if (cycle.status !== 'open') throw new AppError('CYCLE_CLOSED', { period: cycle.period });
    const department = await findDepartmentById(trx, ctx.actor.organisationId, departmentId);
    if (!department) throw notFound('department', departmentId);
    await repo.lockCycleForReminders(trx, cycle.id);
    const last = (await repo.summariseCycleReminders(trx, cycle.id)).get(department.id)?.lastSentAt ?? null;
    const now = nowIso();
    if (last && Date.parse(now) - Date.parse(last) < REMINDER_REPEAT_MINUTES * 60_000)
      throw new AppError('REMINDER_TOO_SOON', { departmentId, lastSentAt: last, repeatAfterMinutes: REMINDER_REPEAT_MINUTES });
    const missing = await countMissing(trx, plan.id, cycle.id, department.id);
    if (missing === 0) throw new AppError('INVALID_STATE', { departmentId, reason: 'the department owes no report in this cycle' });
    const message = {
      kind: 'report.reminder',
      title: `指挥部办公室催报：${formatPeriodZh(cycle.period)}进展报告尚有${missing}项未报送`,
      body: `请于${formatDateZh(cycle.deadline)}前完成填报并由部门负责人报送。${todayInShanghai() > cycle.deadline ? '报送截止日期已过，请尽快报送。' : ''}`,
      link: '/reporting',
    };
    const userIds = await notifyReportersOfDepartment(trx, department.id, message);
    const reminder = await repo.insertCycleReminder(trx, {
      cycleId: cycle.id,
      departmentId: department.id,
      sentBy: ctx.actor.userId,
      sentAt: now,
      notifiedCount: userIds.length,
    });
    await recordAudit(trx, ctx, {
      action: 'cycle.remind',
      entityType: 'reporting_cycle',
      entityId: cycle.id,
      after: { ...reminder, departmentName: department.name, missing, notifiedUserIds: userIds },
    });
    return { reminder, recipients: await findEmailsOfUsers(trx, userIds), message };
  });
  const email = await sendReminderEmails(mailer, recipients, message);
  return { departmentId, sentAt: reminder.sentAt, notified: reminder.notifiedCount, ...email };
}

async function countMissing(db: Db, planId: number, cycleId: number, departmentId: number): Promise<number> {
  const row = (await repo.countReportsByDepartment(db, planId, cycleId)).find((r) => r.departmentId === departmentId);
  return row ? row.owed - row.reported : 0;
}

async function sendReminderEmails(
  mailer: Mailer | null,
  recipients: { email: string | null; displayName: string }[],
  message: { title: string; body: string },
): Promise<{ emailed: number; emailStatus: ReminderEmailStatus }> {
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

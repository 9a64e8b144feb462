import { addDaysToDate, formatDateZh, formatPeriodZh, todayInShanghai } from '@plantrack/domain';
import type { Db } from '../../db/database.js';
import { notifyUsersOfDepartment } from '../../notifications/notifications.service.js';
import type { Mailer } from './mailer.js';
import { claimReminder, findDepartmentsOwing, findEmailsOfUsers, findOpenCyclesDueBetween, recordReminderSent } from './reminders.repository.js';

export interface ReminderOutcome {
  cyclesClaimed: number;
  notified: number;
  emailed: number;
}

/**
 * Reminds departments that still owe a report, once a day in the `daysBefore` days before a cycle's
 * deadline: an in-app notification to each of their users (in the claiming transaction) and, when SMTP
 * is configured, an e-mail to those with an address. Safe to run on every server at once.
 */
export async function sendDueReminders(db: Db, mailer: Mailer | null, options: { daysBefore: number; today?: string }): Promise<ReminderOutcome> {
  const today = options.today ?? todayInShanghai();
  const cycles = await findOpenCyclesDueBetween(db, today, addDaysToDate(today, options.daysBefore));
  const outcome: ReminderOutcome = { cyclesClaimed: 0, notified: 0, emailed: 0 };
  for (const cycle of cycles) {
    const key = `report-due:cycle-${cycle.id}:${today}`;
    const emails = await db.transaction().execute(async (trx) => {
      if (!(await claimReminder(trx, key, new Date().toISOString()))) return null;
      const userIds: number[] = [];
      for (const owing of await findDepartmentsOwing(trx, cycle.id, cycle.planId)) {
        const message = {
          kind: 'report.due',
          title: `${formatPeriodZh(cycle.period)}进展报告将于${formatDateZh(cycle.deadline)}截止`,
          body: `本部门尚有${Number(owing.owed)}项事项未报送，请在截止日期前完成填报并由部门负责人报送。`,
          link: '/reporting',
        };
        userIds.push(...(await notifyUsersOfDepartment(trx, owing.leadDepartmentId!, message)));
      }
      await recordReminderSent(trx, key, userIds.length);
      outcome.cyclesClaimed += 1;
      outcome.notified += userIds.length;
      return findEmailsOfUsers(trx, userIds);
    });
    // E-mail after commit: a failed mail server never rolls back the in-app reminders.
    for (const user of emails ?? []) {
      if (!mailer || !user.email) continue;
      await mailer.send({
        to: user.email,
        subject: `【推进台账】${formatPeriodZh(cycle.period)}进展报告将于${formatDateZh(cycle.deadline)}截止`,
        text: `${user.displayName}：\n\n${formatPeriodZh(cycle.period)}进展报告报送截止日期为${formatDateZh(cycle.deadline)}，贵部门尚有事项未报送，请登录推进台账系统完成填报。\n`,
      });
      outcome.emailed += 1;
    }
  }
  return outcome;
}

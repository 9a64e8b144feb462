import { todayInShanghai } from '@plantrack/domain';
import type { Actor } from '../auth/actor.js';
import type { Db } from '../db/database.js';
import { getCurrentPlan } from '../plan/plans.service.js';
import { notFound } from '../shared/app-error.js';
import * as repo from './cycles.repository.js';
import { presentCycle, presentDepartmentProgress } from './cycles.presenter.js';

/**
 * The cycles page's table: per department that answers for items (lead or co-operating, the same
 * items its 本季度待报 lists), 应报 / 已报 / 已审 / 未报, 报送率 and the office's 催报 so far —
 * overdue departments (deadline passed, something still missing) first, then the lowest rate.
 */
export async function listCycleDepartments(db: Db, actor: Actor, cycleId: number) {
  const plan = await getCurrentPlan(db, actor);
  const cycle = await repo.findCycle(db, plan.id, cycleId);
  if (!cycle) throw notFound('reporting_cycle', cycleId);
  const [counts, reminders] = await Promise.all([repo.countReportsByDepartment(db, plan.id, cycle.id), repo.summariseCycleReminders(db, cycle.id)]);
  const today = todayInShanghai();
  const departments = counts
    .map((row) => presentDepartmentProgress(row, reminders.get(row.departmentId) ?? null, today > cycle.deadline))
    .sort(
      (a, b) =>
        Number(b.isOverdue) - Number(a.isOverdue) ||
        a.reportedRate - b.reportedRate ||
        b.missing - a.missing ||
        a.departmentShortName.localeCompare(b.departmentShortName, 'zh-CN'),
    );
  return { cycle: presentCycle(cycle, {}, today), departments };
}

import type { OwedReport } from '@plantrack/contract/reporting/reports.contract';
import { dayNumber, formatPeriodZh, todayInShanghai } from '@plantrack/domain';
import type { Actor } from '../auth/actor.js';
import { scopeOf } from '../auth/actor.js';
import type { Db } from '../db/database.js';
import { filterItems } from '../items/items.repository.js';
import { getCurrentPlan } from '../plan/plans.service.js';

/**
 * "What I owe this quarter": for every open cycle, the caller's items whose report is not yet with the
 * office (none, draft or returned) with the days left — returned ones first, then by deadline.
 */
export async function listOwedReports(db: Db, actor: Actor): Promise<OwedReport[]> {
  const plan = await getCurrentPlan(db, actor);
  const rows = await filterItems(db, { planId: plan.id, scope: scopeOf(actor) })
    .innerJoin('reportingCycles as c', (join) => join.on('c.planId', '=', plan.id).on('c.status', '=', 'open'))
    .leftJoin('progressReports as r', (join) => join.onRef('r.itemId', '=', 'items.id').onRef('r.cycleId', '=', 'c.id'))
    .select([
      'items.id as itemId',
      'items.code',
      'items.title',
      'c.id as cycleId',
      'c.period',
      'c.deadline',
      'r.id as reportId',
      'r.state',
      'r.version',
      'r.reviewComment',
    ])
    .where((eb) => eb.or([eb('r.id', 'is', null), eb('r.state', 'in', ['draft', 'returned'])]))
    .execute();
  const today = todayInShanghai();
  return rows
    .map((row) => ({
      item: { id: row.itemId, code: row.code, title: row.title },
      cycleId: row.cycleId,
      period: row.period,
      periodLabel: formatPeriodZh(row.period),
      deadline: row.deadline,
      isOverdue: today > row.deadline,
      // Negative once the deadline has passed: how many days late.
      daysLeft: dayNumber(row.deadline) - dayNumber(today),
      // A report's state and version are never null: with a report, the left join fills them.
      report: row.reportId === null ? null : { id: row.reportId, state: row.state!, version: row.version!, reviewComment: row.reviewComment },
    }))
    .sort(
      (a, b) =>
        Number(b.report?.state === 'returned') - Number(a.report?.state === 'returned') ||
        a.deadline.localeCompare(b.deadline) ||
        a.item.code.localeCompare(b.item.code),
    );
}

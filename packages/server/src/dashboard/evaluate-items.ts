import { computeScheduleStatus, resolveSettings, todayInShanghai } from '@plantrack/domain';
import type { ScheduleStatus, ScheduleStatusResult, SettingsOverrides } from '@plantrack/domain';
import type { Db } from '../db/database.js';
import type { ItemFilter } from '../items/items.repository.js';
import type { CycleRow } from '../reporting/cycles.repository.js';
import { findCycleByPeriod } from '../reporting/cycles.repository.js';
import type { ItemToEvaluate, ReportFact } from './evaluation.repository.js';
import { findItemsToEvaluate, findPlannedPercents, findReportsUpTo } from './evaluation.repository.js';

export interface EvaluatedItem {
  item: ItemToEvaluate;
  result: ScheduleStatusResult;
  /** This period's report (any state), for timeliness and "what I owe". */
  currentReport: ReportFact | null;
}

export interface Evaluation {
  period: string;
  today: string;
  cycle: CycleRow | undefined;
  items: EvaluatedItem[];
  reports: ReportFact[];
}

export interface EvaluationScope {
  planId: number;
  planStartYear: number;
  planEndYear: number;
  filter: ItemFilter;
  settings?: SettingsOverrides;
}

/**
 * Every item's schedule status for `period`, computed by the domain rule from approved data only.
 * An item without its own start counts from the plan's start; without a deadline, the plan's end is
 * its deadline (every task of a three-year plan is due by the plan's end at the latest).
 */
export async function evaluateItems(db: Db, scope: EvaluationScope, period: string, today = todayInShanghai()): Promise<Evaluation> {
  const [items, plans, reports, cycle] = await Promise.all([
    findItemsToEvaluate(db, scope.filter),
    findPlannedPercents(db, scope.planId, scope.filter.itemIds),
    findReportsUpTo(db, scope.planId, period, scope.filter.itemIds),
    findCycleByPeriod(db, scope.planId, period),
  ]);
  const plansByItem = new Map<number, Record<string, number>>();
  for (const row of plans) plansByItem.set(row.itemId, { ...plansByItem.get(row.itemId), [row.period]: row.cumulativeBp! / 100 });
  const latestApproved = new Map<number, ReportFact>();
  const current = new Map<number, ReportFact>();
  for (const report of reports) {
    if (report.state === 'approved') latestApproved.set(report.itemId, report);
    if (report.period === period) current.set(report.itemId, report);
  }
  const thresholds = resolveSettings(scope.settings).schedule;
  // Only a closed cycle makes a missing report "not reported": without a cycle nobody was asked to report.
  const isCycleClosed = cycle?.status === 'closed';
  const evaluated = items.map((item) => {
    const approved = latestApproved.get(item.id);
    const result = computeScheduleStatus({
      period,
      today,
      schedule: {
        start: item.startDate ?? `${scope.planStartYear}-01-01`,
        deadline: item.deadline ?? `${scope.planEndYear}-12-31`,
        plan: plansByItem.get(item.id) ?? null,
      },
      latestReport: approved
        ? { period: approved.period, cumulativePercent: (approved.completionBp ?? 0) / 100, isCompleted: approved.progressState === 'completed' }
        : null,
      isCycleClosed,
      override:
        approved?.period === period && approved.overrideStatus
          ? { status: approved.overrideStatus as ScheduleStatus, reason: approved.overrideReason ?? '' }
          : null,
      thresholds,
    });
    return { item, result, currentReport: current.get(item.id) ?? null };
  });
  return { period, today, cycle, items: evaluated, reports };
}

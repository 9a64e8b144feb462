import { computeScheduleStatus, parsePeriod, resolveSettings, todayInShanghai } from '@plantrack/domain';
import type { AdvancementSchedule, MilestoneBasis, ScheduleStatus, ScheduleStatusResult, SettingsOverrides } from '@plantrack/domain';
import type { Db } from '../db/database.js';
import type { ReportState } from '../db/schema.js';
import type { CycleRow, ItemEvaluationRow, ItemsQuery, ScheduleFactsRow } from './evaluation.repository.js';
import { findCycleByPeriod, findItemsToEvaluate } from './evaluation.repository.js';

export type ItemToEvaluate = ItemEvaluationRow;

/** The period's own report, in whatever state: for timeliness, quality and "what I owe". */
export interface ReportFact {
  id: number;
  state: ReportState;
  submittedAt: string | null;
  qualityRating: number | null;
}

export interface EvaluatedItem<Row extends ScheduleFactsRow = ItemToEvaluate> {
  item: Row;
  result: ScheduleStatusResult;
  currentReport: ReportFact | null;
}

export interface Evaluation {
  period: string;
  today: string;
  cycle: CycleRow | undefined;
  items: EvaluatedItem[];
}

export interface EvaluationScope {
  planId: number;
  planStartYear: number;
  planEndYear: number;
  /** The items to evaluate: the caller's filter, applied by the items feature (`filterItems`). */
  items: ItemsQuery;
  settings?: SettingsOverrides;
}

/** Planned quarters (period, basis points) as the rule takes them; null when there are none. */
function percentsOf(points: readonly [string | null, number | null][]): Record<string, number> | null {
  const plan: Record<string, number> = {};
  for (const [period, bp] of points) if (period !== null && bp !== null) plan[period] = bp / 100;
  return Object.keys(plan).length > 0 ? plan : null;
}

/**
 * The planned quarters around the period, on each basis; interpolation between them equals
 * interpolation over all. The judged year is on the annual basis when it has annual milestones.
 */
function scheduleOf(row: ScheduleFactsRow, context: EvaluationContext): AdvancementSchedule {
  const annual = percentsOf([
    [row.yearUpToPeriod, row.yearUpToBp],
    [row.yearAfterPeriod, row.yearAfterBp],
  ]);
  return {
    start: row.startDate ?? `${context.planStartYear}-01-01`,
    deadline: row.deadline ?? `${context.planEndYear}-12-31`,
    plan: percentsOf([
      [row.planUpToPeriod, row.planUpToBp],
      [row.planAfterPeriod, row.planAfterBp],
    ]),
    annualPlan: annual === null ? null : { year: parsePeriod(context.period).year, plan: annual },
  };
}

/** The basis of the approved report's figure: that of its year's milestones. */
function reportBasis(row: ScheduleFactsRow, schedule: AdvancementSchedule): MilestoneBasis {
  if (row.approvedPeriod === null) return 'cumulative';
  if (parsePeriod(row.approvedPeriod).year === schedule.annualPlan?.year) return 'annual';
  return Number(row.approvedYearIsAnnual) === 1 ? 'annual' : 'cumulative';
}

function currentReportOf(row: ScheduleFactsRow): ReportFact | null {
  if (row.currentId === null || row.currentState === null) return null;
  return { id: row.currentId, state: row.currentState, submittedAt: row.currentSubmittedAt, qualityRating: row.currentQualityRating };
}

/** What evaluating rows needs besides the rows: the quarter, the day, its reporting cycle and the rule's settings. */
export interface EvaluationContext {
  period: string;
  today: string;
  cycle: CycleRow | undefined;
  planStartYear: number;
  planEndYear: number;
  settings?: SettingsOverrides | undefined;
}

/**
 * Every item's schedule status for `period`, computed by the domain rule from approved data only.
 * An item without its own start counts from the plan's start; without a deadline, the plan's end is
 * its deadline (every task of a three-year plan is due by the plan's end at the latest).
 */
export async function evaluateItems(db: Db, scope: EvaluationScope, period: string, today = todayInShanghai()): Promise<Evaluation> {
  const [rows, cycle] = await Promise.all([findItemsToEvaluate(scope.items, period), findCycleByPeriod(db, scope.planId, period)]);
  const items = evaluateRows(rows, { period, today, cycle, planStartYear: scope.planStartYear, planEndYear: scope.planEndYear, settings: scope.settings });
  return { period, today, cycle, items };
}

/** The rule applied to rows already read (with `withScheduleFacts`), whatever else they carry. */
export function evaluateRows<Row extends ScheduleFactsRow>(rows: readonly Row[], context: EvaluationContext): EvaluatedItem<Row>[] {
  const { period, today, cycle } = context;
  const thresholds = resolveSettings(context.settings).schedule;
  // Only a closed cycle makes a missing report "not reported": without a cycle nobody was asked to report.
  const isCycleClosed = cycle?.status === 'closed';
  return rows.map((row) => {
    const hasApproved = row.approvedId !== null && row.approvedPeriod !== null;
    const schedule = scheduleOf(row, context);
    const result = computeScheduleStatus({
      period,
      today,
      schedule,
      latestReport: hasApproved
        ? {
            period: row.approvedPeriod!,
            cumulativePercent: (row.approvedCompletionBp ?? 0) / 100,
            isCompleted: row.approvedProgressState === 'completed',
            basis: reportBasis(row, schedule),
          }
        : null,
      isCycleClosed,
      override:
        hasApproved && row.approvedPeriod === period && row.approvedOverrideStatus
          ? { status: row.approvedOverrideStatus as ScheduleStatus, reason: row.approvedOverrideReason ?? '' }
          : null,
      thresholds,
    });
    return { item: row, result, currentReport: currentReportOf(row) };
  });
}

/**
 * Schedule status of an item in a period (序时进度), exactly as PRODUCT.md "Rules that must be
 * exact" states it. Computed from approved data only, never typed in, except that a reviewer may
 * override it with a reason (for items whose milestones are qualitative text).
 */
import { dayNumber, earlierDate, endDateOf } from './dates.js';
import { roundTo } from './numbers.js';
import { comparePeriods, parsePeriod, periodEndDate } from './periods.js';
import { milestoneBasisFor, plannedPercentBefore, plannedPercentFor } from './planned-percent.js';
import type { AdvancementSchedule, MilestoneBasis } from './planned-percent.js';
import {
  completedReason,
  deadlinePassedReason,
  gapReason,
  notDueYetReason,
  notReportedReason,
  notStartedReason,
  overrideReason,
  unplannedReason,
} from './schedule-reason.js';
import type { Reason } from './schedule-reason.js';
import type { ScheduleStatus } from './schedule-status-labels.js';
import { DEFAULT_SETTINGS } from './settings.js';
import type { ScheduleThresholds } from './settings.js';

export interface ApprovedReport {
  /** The period the report is for; the latest approved report up to the judged period is used. */
  period: string;
  /** Cumulative completion in percent, e.g. 60 or 62.5. */
  cumulativePercent: number;
  /** The report's own "completed" flag (the whole task); 100% on the cumulative basis counts as completed too. */
  isCompleted?: boolean;
  /** The basis its percentage is on: that of its year's milestones (cumulative when absent). */
  basis?: MilestoneBasis;
}

export interface StatusOverride {
  status: ScheduleStatus;
  /** Required: an override without a reason cannot be explained in the UI. */
  reason: string;
}

export interface ScheduleStatusInput {
  /** The period being judged, e.g. `2023Q2`. */
  period: string;
  /** Today in Asia/Shanghai (`YYYY-MM-DD`), passed in so the rule never reads the clock. */
  today: string;
  schedule: AdvancementSchedule;
  /** The latest approved report for this period or an earlier one; null if there is none. */
  latestReport: ApprovedReport | null;
  /** Whether the reporting cycle for `period` is closed. */
  isCycleClosed: boolean;
  override?: StatusOverride | null;
  thresholds?: ScheduleThresholds;
}

export interface ScheduleStatusResult {
  status: ScheduleStatus;
  /** The basis `planned` and `actual` are on: the whole task (cumulative) or the period's year (annual). */
  basis: MilestoneBasis;
  /**
   * % planned by the end of the period (or, while its report is not yet due, by the end of the
   * quarter before: what was due); null when nothing is planned.
   */
  planned: number | null;
  /** % in the latest approved report on the same basis; null when there is none. */
  actual: number | null;
  /** planned − actual in percentage points (a missing report counts as 0%); null if not comparable. */
  gap: number | null;
  reasonZh: string;
  reasonEn: string;
  isOverridden: boolean;
}

export function computeScheduleStatus(input: ScheduleStatusInput): ScheduleStatusResult {
  const computed = computeFromData(input);
  return input.override ? applyOverride(computed, input.override) : computed;
}

function computeFromData(input: ScheduleStatusInput): ScheduleStatusResult {
  const { period, latestReport: latest, schedule } = input;
  if (latest && comparePeriods(latest.period, period) > 0) {
    throw new RangeError(`report for ${latest.period} is later than the judged period ${period}`);
  }
  const basis = milestoneBasisFor(schedule, period);
  const plannedByEnd = plannedPercentFor(schedule, period);
  const report = latest && isComparable(latest, basis, period) ? latest : null;
  const actual = report ? report.cumulativePercent : null;
  // A report is due once its cycle closes or it is in: until then the item is held to what was due before.
  const isDue = input.isCycleClosed || latest?.period === period;
  // Nothing due before the quarter (0%) reads as "not yet due", not as "planned 0%".
  const planned = isDue ? plannedByEnd : plannedPercentBefore(schedule, period) || null;
  const gap = planned === null ? null : roundTo(planned - (actual ?? 0));
  const result = (status: ScheduleStatus, reason: Reason, shownGap = gap, shownPlanned = planned) => ({
    status,
    basis,
    planned: shownPlanned,
    actual,
    gap: shownGap,
    reasonZh: reason.zh,
    reasonEn: reason.en,
    isOverridden: false,
  });

  if (latest && isCompleted(latest, schedule)) return result('completed', completedReason(latest.cumulativePercent), null, plannedByEnd);
  // Nothing planned by the period's end and nothing ever reported: no report is owed, even once a cycle closes.
  if (!plannedByEnd && actual === null) return result('not_started', notStartedReason(), null, plannedByEnd);
  if (input.isCycleClosed && latest?.period !== period) return result('not_reported', notReportedReason(period), null);
  const deadline = passedDeadline(input);
  if (deadline) return result('seriously_behind', deadlinePassedReason(deadline, actual));
  if (planned === null) {
    const reason = isDue || plannedByEnd === null ? unplannedReason(actual ?? 0) : notDueYetReason(plannedByEnd, actual, basis);
    return result('on_schedule', reason, gap, isDue ? planned : plannedByEnd);
  }
  const status = statusForGap(gap ?? 0, input.thresholds ?? DEFAULT_SETTINGS.schedule);
  return result(status, gapReason(planned, actual, gap ?? 0, { basis, isDueBefore: !isDue }));
}

/** A report speaks for the judged period only on its basis; on the annual basis, only for the same year. */
function isComparable(report: ApprovedReport, basis: MilestoneBasis, period: string): boolean {
  const reportBasis = report.basis ?? 'cumulative';
  if (reportBasis !== basis) return false;
  return basis === 'cumulative' || parsePeriod(report.period).year === parsePeriod(period).year;
}

/** Green up to the yellow threshold, yellow up to the red one, red beyond (both bounds inclusive). */
export function statusForGap(gap: number, thresholds: ScheduleThresholds): ScheduleStatus {
  if (gap <= thresholds.yellowGap) return 'on_schedule';
  if (gap <= thresholds.redGap) return 'slightly_behind';
  return 'seriously_behind';
}

/** The whole task is done: the report says so, or 100% of it (or of its final year's task) is done. */
function isCompleted(report: ApprovedReport, schedule: AdvancementSchedule): boolean {
  if (report.isCompleted === true) return true;
  if (report.cumulativePercent < 100) return false;
  if ((report.basis ?? 'cumulative') === 'cumulative') return true;
  const deadlineYear = schedule.deadline ? Number(endDateOf(schedule.deadline).slice(0, 4)) : null;
  return deadlineYear !== null && parsePeriod(report.period).year >= deadlineYear;
}

/**
 * The deadline date if it had passed by the end of the judged period (or by today, while the period
 * is still running). Judging history against its own period end keeps old bulletins reproducible.
 */
function passedDeadline(input: ScheduleStatusInput): string | null {
  if (!input.schedule.deadline) return null;
  const deadline = endDateOf(input.schedule.deadline);
  const judgedOn = earlierDate(input.today, periodEndDate(input.period));
  return dayNumber(deadline) < dayNumber(judgedOn) ? deadline : null;
}

function applyOverride(computed: ScheduleStatusResult, override: StatusOverride): ScheduleStatusResult {
  const reason = override.reason.trim();
  if (!reason) throw new RangeError('a status override needs a reason');
  const computedReason = { zh: computed.reasonZh, en: computed.reasonEn };
  const explained = overrideReason(override.status, reason, computed.status, computedReason);
  return {
    ...computed,
    status: override.status,
    reasonZh: explained.zh,
    reasonEn: explained.en,
    isOverridden: true,
  };
}

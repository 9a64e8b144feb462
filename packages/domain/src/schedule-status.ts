/**
 * Schedule status of an item in a period (序时进度), exactly as PRODUCT.md "Rules that must be
 * exact" states it. Computed from approved data only, never typed in, except that a reviewer may
 * override it with a reason (for items whose milestones are qualitative text).
 */
import { dayNumber, earlierDate, endDateOf } from './dates.js';
import { roundTo } from './numbers.js';
import { comparePeriods, periodEndDate } from './periods.js';
import { plannedPercentFor } from './planned-percent.js';
import type { AdvancementSchedule } from './planned-percent.js';
import { completedReason, deadlinePassedReason, gapReason, notReportedReason, notStartedReason, overrideReason, unplannedReason } from './schedule-reason.js';
import type { Reason } from './schedule-reason.js';
import type { ScheduleStatus } from './schedule-status-labels.js';
import { DEFAULT_SETTINGS } from './settings.js';
import type { ScheduleThresholds } from './settings.js';

export interface ApprovedReport {
  /** The period the report is for; the latest approved report up to the judged period is used. */
  period: string;
  /** Cumulative completion in percent, e.g. 60 or 62.5. */
  cumulativePercent: number;
  /** The report's own "completed" flag; 100% counts as completed too. */
  isCompleted?: boolean;
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
  /** Cumulative % planned by the end of the period; null when nothing is planned. */
  planned: number | null;
  /** Cumulative % in the latest approved report; null when there is none. */
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
  const { period, latestReport: report } = input;
  if (report && comparePeriods(report.period, period) > 0) {
    throw new RangeError(`report for ${report.period} is later than the judged period ${period}`);
  }
  const planned = plannedPercentFor(input.schedule, period);
  const actual = report ? report.cumulativePercent : null;
  const gap = planned === null ? null : roundTo(planned - (actual ?? 0));
  const result = (status: ScheduleStatus, reason: Reason, shownGap = gap) => ({
    status,
    planned,
    actual,
    gap: shownGap,
    reasonZh: reason.zh,
    reasonEn: reason.en,
    isOverridden: false,
  });

  if (report && isCompleted(report)) return result('completed', completedReason(report.cumulativePercent), null);
  // Nothing planned and nothing ever reported: no report is owed yet, even once a cycle closes.
  if (!planned && actual === null) return result('not_started', notStartedReason(), null);
  if (input.isCycleClosed && report?.period !== period) return result('not_reported', notReportedReason(period), null);
  const deadline = passedDeadline(input);
  if (deadline) return result('seriously_behind', deadlinePassedReason(deadline, actual));
  if (planned === null) return result('on_schedule', unplannedReason(actual ?? 0));
  const status = statusForGap(gap ?? 0, input.thresholds ?? DEFAULT_SETTINGS.schedule);
  return result(status, gapReason(planned, actual, gap ?? 0));
}

/** Green up to the yellow threshold, yellow up to the red one, red beyond (both bounds inclusive). */
export function statusForGap(gap: number, thresholds: ScheduleThresholds): ScheduleStatus {
  if (gap <= thresholds.yellowGap) return 'on_schedule';
  if (gap <= thresholds.redGap) return 'slightly_behind';
  return 'seriously_behind';
}

function isCompleted(report: ApprovedReport): boolean {
  return report.isCompleted === true || report.cumulativePercent >= 100;
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

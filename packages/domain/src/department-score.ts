/**
 * A department's score for a quarter (PRODUCT.md "Department score"): four components, each 0..1,
 * weighted into a total out of 100.
 *
 * - onSchedule: share of its items on schedule or completed. Items not started (nothing planned yet)
 *   are left out; items not reported count as failing.
 * - timeliness: share of the reports due in the quarter's cycle submitted by the deadline (on the
 *   deadline day counts); a missing report counts as late.
 * - quality: mean of the office's quality ratings of its reports, each normalised to 0..1 by the
 *   caller (e.g. stars / 5).
 * - supervision: mean credit of its supervision orders: closed in time 1, open within the reply-by
 *   date `openOrderCredit`, overdue (open past the date, or closed after it) 0. No orders scores 1,
 *   since orders are only issued on lagging items.
 *
 * A component with nothing to measure (no items due, no reports, no ratings) is left out and the
 * remaining weights rescaled, so a department is not rewarded or punished for what was not asked of
 * it. With nothing to measure at all, the total is null and the department is not ranked.
 */
import { dayNumber } from './dates.js';
import { roundTo } from './numbers.js';
import type { ScheduleStatus } from './schedule-status-labels.js';
import { DEFAULT_SETTINGS } from './settings.js';
import type { DepartmentScoreSettings, DepartmentScoreWeights } from './settings.js';

export interface DepartmentQuarterFacts {
  departmentId: string;
  /** Schedule statuses, this quarter, of the items the department is answerable for. */
  statuses: readonly ScheduleStatus[];
  /** Reports due from it in the quarter's cycle; `submittedOn` null when never submitted. */
  reports: readonly { deadline: string; submittedOn: string | null }[];
  /** The office's quality rating of each of its reviewed reports, 0..1. */
  qualityRatings: readonly number[];
  /** Its supervision orders open at some time in the quarter. */
  supervisionOrders: readonly { replyBy: string; isClosed: boolean; closedOn?: string | null }[];
}

export type DepartmentScoreComponents = Record<keyof DepartmentScoreWeights, number | null>;

export interface DepartmentScore {
  departmentId: string;
  components: DepartmentScoreComponents;
  /** 0..100, two decimals; null when there was nothing to measure. */
  total: number | null;
}

/** `asOf`: the date the score is taken (normally the end of the quarter), for overdue orders. */
export function computeDepartmentScore(
  facts: DepartmentQuarterFacts,
  asOf: string,
  settings: DepartmentScoreSettings = DEFAULT_SETTINGS.departmentScore,
): DepartmentScore {
  const components: DepartmentScoreComponents = {
    onSchedule: onScheduleShare(facts.statuses),
    timeliness: timelyShare(facts.reports),
    quality: mean(facts.qualityRatings.map(clampToUnit)),
    supervision: supervisionCredit(facts.supervisionOrders, asOf, settings.openOrderCredit),
  };
  const hasWork = [components.onSchedule, components.timeliness, components.quality].some((c) => c !== null);
  return {
    departmentId: facts.departmentId,
    components,
    total: hasWork ? weightedTotal(components, settings.weights) : null,
  };
}

function onScheduleShare(statuses: readonly ScheduleStatus[]): number | null {
  const judged = statuses.filter((s) => s !== 'not_started');
  const good = judged.filter((s) => s === 'on_schedule' || s === 'completed');
  return judged.length === 0 ? null : good.length / judged.length;
}

function timelyShare(reports: DepartmentQuarterFacts['reports']): number | null {
  const onTime = reports.filter((r) => r.submittedOn !== null && dayNumber(r.submittedOn) <= dayNumber(r.deadline));
  return reports.length === 0 ? null : onTime.length / reports.length;
}

function supervisionCredit(orders: DepartmentQuarterFacts['supervisionOrders'], asOf: string, openOrderCredit: number): number {
  if (orders.length === 0) return 1;
  const credits = orders.map((order) => {
    const due = dayNumber(order.replyBy);
    if (order.isClosed) return order.closedOn && dayNumber(order.closedOn) > due ? 0 : 1;
    return dayNumber(asOf) > due ? 0 : openOrderCredit;
  });
  return mean(credits) ?? 1;
}

function weightedTotal(components: DepartmentScoreComponents, weights: DepartmentScoreWeights): number | null {
  let weighted = 0;
  let weightSum = 0;
  for (const key of Object.keys(weights) as (keyof DepartmentScoreWeights)[]) {
    const value = components[key];
    if (value === null) continue;
    weighted += weights[key] * value;
    weightSum += weights[key];
  }
  return weightSum > 0 ? roundTo((100 * weighted) / weightSum) : null;
}

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0) / values.length;
}

function clampToUnit(value: number): number {
  return Math.min(1, Math.max(0, value));
}

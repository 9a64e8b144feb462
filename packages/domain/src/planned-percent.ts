/**
 * How far an item should be by the end of a period (序时进度的"计划完成%"), from its quarterly
 * advancement plan (按季推进计划).
 *
 * Offices write milestones on one of two bases (PRODUCT.md "Decisions"): as a cumulative share of the
 * whole task ("累计完成60%"), or as a share of that year's task ("完成年度任务的50%"). A year whose
 * milestones are written on the annual basis is judged on it: its planned % runs from 0 at the start
 * of the year to 100 at its end (or the deadline, if earlier), and only that year's reports on the
 * same basis are compared with it. Every other period is judged on the cumulative basis.
 */
import { addDaysToDate, dayNumber, endDateOf, startDateOf } from './dates.js';
import { roundTo } from './numbers.js';
import { parsePeriod, periodEndDate, periodStartDate } from './periods.js';

export const MILESTONE_BASES = ['cumulative', 'annual'] as const;
export type MilestoneBasis = (typeof MILESTONE_BASES)[number];

export interface AdvancementSchedule {
  /**
   * When work starts (0%): a `YYYY-MM-DD` date or a period (its first day). Callers without an
   * item-specific start should pass the plan's start (e.g. 2023-01-01), otherwise quarters before
   * the first planned one have nothing planned.
   */
  start?: string | null;
  /** When the item must be complete (100%): a date or a period (its last day). */
  deadline?: string | null;
  /** The cumulative-basis quarterly plan: period (`2023Q2`) → cumulative % of the whole task by its end. */
  plan?: Readonly<Record<string, number>> | null;
  /**
   * A year whose milestones are shares of that year's task: period → % of the year's task by its end.
   * Used only for periods of that year.
   */
  annualPlan?: { year: number; plan: Readonly<Record<string, number>> } | null;
}

interface Anchor {
  day: number;
  percent: number;
}

/** The basis the rule judges `period` on: annual when the schedule's annual plan covers its year. */
export function milestoneBasisFor(schedule: AdvancementSchedule, period: string): MilestoneBasis {
  return schedule.annualPlan && schedule.annualPlan.year === parsePeriod(period).year ? 'annual' : 'cumulative';
}

/**
 * The % planned by the end of `period` on its basis (see milestoneBasisFor), or `null` when nothing is
 * planned yet.
 *
 * A quarter with its own plan figure uses it. Otherwise the figure is interpolated linearly in
 * calendar days between the known points around it: the start (0%), the planned quarters, and the
 * deadline (100%). PRODUCT.md asks for interpolation between start and deadline; using the planned
 * quarters as well keeps the line through what the department actually committed to. After the last
 * known point the figure stays there (a finished plan stays at 100%; a plan without a deadline
 * stays at its last planned figure). Before the first known point nothing is planned.
 */
export function plannedPercentFor(schedule: AdvancementSchedule, period: string): number | null {
  return plannedPercentOn(schedule, milestoneBasisFor(schedule, period), parsePeriod(period).year, periodEndDate(period));
}

/**
 * What was due before `period` began, on `period`'s basis: the % planned by the end of the quarter
 * before it. On the annual basis nothing of the year is due before its first quarter.
 */
export function plannedPercentBefore(schedule: AdvancementSchedule, period: string): number | null {
  const dayBefore = addDaysToDate(periodStartDate(period), -1);
  return plannedPercentOn(schedule, milestoneBasisFor(schedule, period), parsePeriod(period).year, dayBefore);
}

function plannedPercentOn(schedule: AdvancementSchedule, basis: MilestoneBasis, year: number, date: string): number | null {
  const plan = basis === 'annual' ? schedule.annualPlan?.plan : schedule.plan;
  const ownPeriod = Object.keys(plan ?? {}).find((period) => periodEndDate(period) === date);
  if (ownPeriod !== undefined) return plan?.[ownPeriod] ?? null;
  const anchors = basis === 'annual' ? annualAnchors(schedule, year) : cumulativeAnchors(schedule);
  return interpolate(anchors, endOfDay(date));
}

/** End dates mean "by the end of that day", so a whole quarter counts all its days. */
function endOfDay(date: string): number {
  return dayNumber(date) + 1;
}

function planAnchors(plan: Readonly<Record<string, number>> | null | undefined): Anchor[] {
  return Object.entries(plan ?? {}).map(([period, percent]) => ({ day: endOfDay(periodEndDate(period)), percent }));
}

function cumulativeAnchors(schedule: AdvancementSchedule): Anchor[] {
  const anchors = planAnchors(schedule.plan);
  if (schedule.start) anchors.push({ day: dayNumber(startDateOf(schedule.start)), percent: 0 });
  if (schedule.deadline) anchors.push({ day: endOfDay(endDateOf(schedule.deadline)), percent: 100 });
  return anchors.sort((a, b) => a.day - b.day);
}

/** The year's task runs from 0 when the year (or the item) starts to 100 when it ends (or the item's deadline). */
function annualAnchors(schedule: AdvancementSchedule, year: number): Anchor[] {
  const yearStart = dayNumber(`${year}-01-01`);
  const yearEnd = endOfDay(`${year}-12-31`);
  const start = schedule.start ? Math.max(yearStart, dayNumber(startDateOf(schedule.start))) : yearStart;
  if (start >= yearEnd) return [];
  const deadline = schedule.deadline ? endOfDay(endDateOf(schedule.deadline)) : yearEnd;
  const end = deadline >= start ? Math.min(deadline, yearEnd) : yearEnd;
  const anchors = planAnchors(schedule.annualPlan?.plan);
  anchors.push({ day: start, percent: 0 }, { day: end, percent: 100 });
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

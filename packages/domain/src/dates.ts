/**
 * Calendar dates are `YYYY-MM-DD` strings already in Asia/Shanghai (see periods.ts), so date
 * arithmetic here is pure calendar counting: no clock, no time zone.
 */
import { isPeriod, periodEndDate, periodStartDate } from './periods.js';

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

export function isDate(text: string): boolean {
  const match = DATE_PATTERN.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC silently rolls 2023-02-30 over to March; a real date survives the round trip.
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Day numbers already worked out: a list page computes the same few deadlines and quarter ends for every item. */
const dayNumbers = new Map<string, number>();
const DAY_NUMBERS_KEPT = 10_000;

/** Consecutive day number of a date, so dates can be subtracted and interpolated. */
export function dayNumber(date: string): number {
  const known = dayNumbers.get(date);
  if (known !== undefined) return known;
  if (!isDate(date)) throw new RangeError(`not a date: ${date}`);
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const number = Date.UTC(year, month - 1, day) / MS_PER_DAY;
  if (dayNumbers.size >= DAY_NUMBERS_KEPT) dayNumbers.clear();
  dayNumbers.set(date, number);
  return number;
}

/** The date `days` calendar days after `date` (negative: before). */
export function addDaysToDate(date: string, days: number): string {
  return new Date((dayNumber(date) + days) * MS_PER_DAY).toISOString().slice(0, 10);
}

/** A start given as a date or a period (`2023Q2` starts on its first day). */
export function startDateOf(dateOrPeriod: string): string {
  return isPeriod(dateOrPeriod) ? periodStartDate(dateOrPeriod) : dateOrPeriod;
}

/** A deadline given as a date or a period (`2023Q4` means by its last day). */
export function endDateOf(dateOrPeriod: string): string {
  return isPeriod(dateOrPeriod) ? periodEndDate(dateOrPeriod) : dateOrPeriod;
}

/** The earlier of two dates (string order is date order for `YYYY-MM-DD`). */
export function earlierDate(a: string, b: string): string {
  return a <= b ? a : b;
}

/** `2023-07-07` → `2023年7月7日`, as Chinese official text writes dates. */
export function formatDateZh(date: string): string {
  if (!isDate(date)) throw new RangeError(`not a date: ${date}`);
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return `${year}年${month}月${day}日`;
}

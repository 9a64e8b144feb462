/**
 * Time on an indicator's axis, in years. An annual figure for year Y (a baseline "2020", a target
 * "2025") describes the state at the end of Y, so Y itself is the coordinate of that end. A quarterly
 * figure is placed at the end of its quarter on the same axis: quarter q of year Y ↦ Y − 1 + q/4.
 * So `2024Q4` and the annual 2024 figure share time 2024, `2024Q2` is 2023.5, and the years between
 * baseline 2020 and target 2025 are 5, as people count them.
 */
import { formatPeriodZh, isPeriod, parsePeriod } from './periods.js';

/** One observed or targeted value, stamped with a year or a period (`2024Q3`). */
export type IndicatorPoint = { value: number } & ({ year: number } | { period: string });

export function indicatorTime(point: IndicatorPoint): number {
  if ('year' in point) return point.year;
  if (!isPeriod(point.period)) throw new RangeError(`not a period: ${point.period}`);
  const { year, quarter } = parsePeriod(point.period);
  return year - 1 + quarter / 4;
}

/** `2020年` or `2024年三季度`. */
export function formatIndicatorTimeZh(point: IndicatorPoint): string {
  return 'year' in point ? `${point.year}年` : formatPeriodZh(point.period);
}

/** `2020` or `2024Q3`. */
export function formatIndicatorTimeEn(point: IndicatorPoint): string {
  return 'year' in point ? String(point.year) : point.period;
}

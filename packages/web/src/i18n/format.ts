/**
 * Every date, quarter and figure the interface shows is formatted here, once, for both languages:
 * `2023年二季度` / `2023 Q2`, `2023年7月7日` / `7 Jul 2023`. Timestamps are shown in Asia/Shanghai.
 */
import {
  INDICATOR_STATUS_LABELS_EN,
  INDICATOR_STATUS_LABELS_ZH,
  SCHEDULE_STATUS_LABELS_EN,
  SCHEDULE_STATUS_LABELS_ZH,
  formatDateZh,
  formatDecimal,
  formatPeriodZh,
  isDate,
  isPeriod,
  parsePeriod,
} from '@plantrack/domain';
import type { IndicatorStatus, ScheduleStatus } from '@plantrack/domain';
import type { Language } from './language';

const TIME_ZONE = 'Asia/Shanghai';

/** `2023Q2` → `2023年二季度` or `2023 Q2`. Anything not a period is shown as it is. */
export function formatPeriod(period: string, language: Language): string {
  if (!isPeriod(period)) return period;
  if (language === 'zh-CN') return formatPeriodZh(period);
  const { year, quarter } = parsePeriod(period);
  return `${year} Q${quarter}`;
}

/** The short quarter name inside a year: `二季度` / `Q2`. */
export function formatQuarterOnly(period: string, language: Language): string {
  if (!isPeriod(period)) return period;
  const { quarter } = parsePeriod(period);
  return language === 'zh-CN' ? (['一季度', '二季度', '三季度', '四季度'][quarter - 1] ?? '') : `Q${quarter}`;
}

export function formatYear(year: number, language: Language): string {
  return language === 'zh-CN' ? `${year}年` : String(year);
}

/** A calendar date `YYYY-MM-DD`. */
export function formatDate(date: string, language: Language): string {
  if (!isDate(date)) return date;
  if (language === 'zh-CN') return formatDateZh(date);
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}

/** An ISO timestamp, in Beijing time. */
export function formatDateTime(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const locale = language === 'zh-CN' ? 'zh-CN' : 'en-GB';
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: language === 'zh-CN' ? 'long' : 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: TIME_ZONE,
  }).format(date);
}

/** `62.5%`; a dash when unknown. */
export function formatPercent(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : `${formatDecimal(value)}%`;
}

/** A figure with its unit: `2.8%`, `13家` / `13 家`. Values arrive as exact decimal text. */
export function formatValue(value: string | number | null | undefined, unit: string | null | undefined, language: Language): string {
  if (value === null || value === undefined || value === '') return '—';
  const text = typeof value === 'number' ? formatDecimal(value) : value;
  if (!unit) return text;
  if (unit === '%' || unit === '‰') return `${text}${unit}`;
  return language === 'zh-CN' ? `${text}${unit}` : `${text} ${unit}`;
}

export function formatScheduleStatus(status: ScheduleStatus, language: Language): string {
  return (language === 'zh-CN' ? SCHEDULE_STATUS_LABELS_ZH : SCHEDULE_STATUS_LABELS_EN)[status];
}

export function formatIndicatorStatus(status: IndicatorStatus, language: Language): string {
  return (language === 'zh-CN' ? INDICATOR_STATUS_LABELS_ZH : INDICATOR_STATUS_LABELS_EN)[status];
}

/** The domain explains every judgement in both languages; show the one the user reads. */
export function pickReason(reason: { reasonZh: string; reasonEn: string }, language: Language): string {
  return language === 'zh-CN' ? reason.reasonZh : reason.reasonEn;
}

/**
 * A point on an indicator's time axis (years; a quarter q of year Y sits at Y − 1 + q/4, see the
 * domain's indicator-time.ts) back to words: whole years are annual figures.
 */
export function formatIndicatorTime(time: number, language: Language): string {
  if (Number.isInteger(time)) return formatYear(time, language);
  const year = Math.floor(time) + 1;
  const quarter = Math.round((time - Math.floor(time)) * 4);
  return formatPeriod(`${year}Q${quarter}`, language);
}

/**
 * A whole-year tick on an indicator's time axis: the end of that year (time Y is the end of year Y), so
 * a 2023年一季度 figure reads as lying after "2022年末", inside 2023, as people read a timeline.
 */
export function formatIndicatorAxisYear(time: number, language: Language): string {
  return language === 'zh-CN' ? `${time}年末` : `end ${time}`;
}

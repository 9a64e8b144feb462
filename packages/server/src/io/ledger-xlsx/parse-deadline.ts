import { chineseNumeralToNumber } from './chinese-numerals.js';

/**
 * Chinese deadline text → `YYYY-MM-DD`. Offices write a deadline as a period ("2023年6月底前",
 * "2024年三季度", "2025年"); the deadline is the LAST day of that period. When a text names several
 * periods ("2023年6月底前出台方案，2025年底前建成") the latest one is the item's deadline.
 */
export type DeadlineStatus = 'empty' | 'date' | 'ongoing' | 'missing_year' | 'unrecognised';

export interface ParsedDeadline {
  /** The text as written (an Excel date cell becomes `YYYY-MM-DD`). Null only when empty. */
  text: string | null;
  date: string | null;
  status: DeadlineStatus;
}

export interface ParseDeadlineOptions {
  /** Year for texts that omit it ("年底前", "6月底"), usually the ledger's current year. */
  defaultYear?: number;
}

const CN = '[一二三四五六七八九十]{1,2}';
const MONTH = `(\\d{1,2}|${CN})`;
const QUARTER = '第?([1-4一二三四])季度';
// Ordered: the most specific shape first, so "2023年6月" is not also read as "2023年".
const DATED_PATTERNS: { pattern: RegExp; resolve: (m: RegExpMatchArray) => string | null }[] = [
  { pattern: /(\d{4})\s*[年.\-/]\s*(\d{1,2})\s*[月.\-/]\s*(\d{1,2})(?!\d)日?/g, resolve: (m) => dayDate(m[1], m[2], m[3]) },
  { pattern: new RegExp(`(\\d{4})\\s*年\\s*${MONTH}\\s*月`, 'g'), resolve: (m) => monthEnd(m[1], m[2]) },
  { pattern: /(\d{4})\s*[.\-/]\s*(\d{1,2})(?![\d年])/g, resolve: (m) => monthEnd(m[1], m[2]) },
  { pattern: new RegExp(`(\\d{4})\\s*年(?:度)?\\s*${QUARTER}`, 'g'), resolve: (m) => quarterEnd(m[1], m[2]) },
  { pattern: /(\d{4})\s*[年-]?\s*Q([1-4])/gi, resolve: (m) => quarterEnd(m[1], m[2]) },
  { pattern: /(\d{4})\s*年\s*(上|下)半年/g, resolve: (m) => halfEnd(m[1], m[2]) },
  { pattern: /(?<!\d)(20\d{2})(?!\d)\s*(?:年|$|[—\-~～至到])/g, resolve: (m) => yearEnd(m[1]) },
];
const YEARLESS_PATTERNS: { pattern: RegExp; resolve: (m: RegExpMatchArray, year: string) => string | null }[] = [
  { pattern: new RegExp(`${MONTH}\\s*月`), resolve: (m, year) => monthEnd(year, m[1]) },
  { pattern: new RegExp(QUARTER), resolve: (m, year) => quarterEnd(year, m[1]) },
  { pattern: /(上|下)半年/, resolve: (m, year) => halfEnd(year, m[1]) },
  { pattern: /年底|年末|年内|今年|全年|当年/, resolve: (_m, year) => yearEnd(year) },
];
const ONGOING = /长期|持续|常态|每年|逐年|每季|每月|定期|动态|滚动|按年度/;
const STARTS_FROM = /起|开始|以来/;

export function parseDeadline(value: string | number | Date | null | undefined, options: ParseDeadlineOptions = {}): ParsedDeadline {
  if (value === null || value === undefined) return { text: null, date: null, status: 'empty' };
  if (value instanceof Date) {
    const date = formatUtcDate(value);
    return { text: date, date, status: date === null ? 'unrecognised' : 'date' };
  }
  // A date typed into a General cell is stored as Excel's day number (45107 = 2023-06-30): read it as the
  // date cell it was meant to be. The text becomes the date, as for a date cell, so export round-trips.
  const serialDate = typeof value === 'number' ? excelSerialDate(value) : null;
  if (serialDate !== null) return { text: serialDate, date: serialDate, status: 'date' };
  const text = String(value).trim();
  if (text === '') return { text: null, date: null, status: 'empty' };
  const plain = text.normalize('NFKC');
  const dates = findDates(plain);
  if (dates === null) return { text, date: null, status: 'unrecognised' };
  // "2023年起长期坚持" names a start, not an end: the work is ongoing.
  if (ONGOING.test(plain) && (dates.length === 0 || STARTS_FROM.test(plain))) {
    return { text, date: null, status: 'ongoing' };
  }
  if (dates.length > 0) return { text, date: dates.sort().at(-1) ?? null, status: 'date' };
  return parseYearless(text, plain, options.defaultYear);
}

function parseYearless(text: string, plain: string, defaultYear: number | undefined): ParsedDeadline {
  for (const { pattern, resolve } of YEARLESS_PATTERNS) {
    const match = pattern.exec(plain);
    if (!match) continue;
    if (defaultYear === undefined) return { text, date: null, status: 'missing_year' };
    const date = resolve(match, String(defaultYear));
    return { text, date, status: date === null ? 'unrecognised' : 'date' };
  }
  return { text, date: null, status: 'unrecognised' };
}

/** Every dated period in the text; null when one of them is impossible ("2023年13月"). */
function findDates(text: string): string[] | null {
  const dates: (string | null)[] = [];
  let rest = text;
  for (const { pattern, resolve } of DATED_PATTERNS) {
    for (const match of rest.matchAll(pattern)) dates.push(resolve(match));
    // Blank out what matched so a less specific pattern cannot read it a second time.
    rest = rest.replace(pattern, ' ');
  }
  // One impossible date makes the whole text unrecognised rather than half-read.
  return dates.includes(null) ? null : (dates as string[]);
}

function dayDate(year: string | undefined, month: string | undefined, day: string | undefined): string | null {
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  const probe = new Date(Date.UTC(y, m - 1, d));
  if (probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== d) return null;
  return formatUtcDate(probe);
}

function monthEnd(year: string | undefined, month: string | undefined): string | null {
  const m = /^\d+$/.test(month ?? '') ? Number(month) : chineseNumeralToNumber(month ?? '');
  if (m === null || m < 1 || m > 12) return null;
  return formatUtcDate(new Date(Date.UTC(Number(year), m, 0)));
}

function quarterEnd(year: string | undefined, quarter: string | undefined): string | null {
  const q = /^\d$/.test(quarter ?? '') ? Number(quarter) : chineseNumeralToNumber(quarter ?? '');
  return q === null ? null : monthEnd(year, String(q * 3));
}

function halfEnd(year: string | undefined, half: string | undefined): string | null {
  return monthEnd(year, half === '上' ? '6' : '12');
}

function yearEnd(year: string | undefined): string | null {
  return year === undefined ? null : `${year}-12-31`;
}

/** Excel's serial day numbers for 2000-01-01 … 2100-12-31 (1900 date system); other numbers are not taken for dates. */
const SERIAL_RANGE = { first: 36526, last: 73415 };
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

/** `45107` → `2023-06-30` when the number is an Excel date serial of a plausible deadline, else null. */
export function excelSerialDate(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < SERIAL_RANGE.first || serial >= SERIAL_RANGE.last + 1) return null;
  return formatUtcDate(new Date(SERIAL_EPOCH + Math.floor(serial) * 86_400_000));
}

/** ExcelJS gives date cells as UTC-midnight Dates; read them back in UTC so no zone shifts a day. */
export function formatUtcDate(date: Date): string | null {
  if (Number.isNaN(date.getTime())) return null;
  const y = date.getUTCFullYear();
  const m = String(date.getUTCMonth() + 1).padStart(2, '0');
  const d = String(date.getUTCDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

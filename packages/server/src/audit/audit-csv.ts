import type { PresentedAuditEntry } from './audit.presenter.js';

/**
 * The audit log as CSV for the auditor's own tools: a UTF-8 BOM so Excel reads the Chinese, CRLF
 * lines, RFC 4180 quoting. Text that begins like a formula (= + - @, or a tab / carriage return before
 * one) gets a leading apostrophe, so opening the file never runs anything a user typed into the log.
 */
const BOM = '\uFEFF';
const FORMULA_TRIGGER = /^[=+\-@\t\r]/;

const COLUMNS: readonly [string, (entry: PresentedAuditEntry) => string | number | null][] = [
  ['序号 id', (e) => e.id],
  ['时间 at (+08:00)', (e) => e.at],
  ['用户 username', (e) => e.username],
  ['用户编号 userId', (e) => e.userId],
  ['IP', (e) => e.ip],
  ['操作 action', (e) => e.action],
  ['对象类型 entityType', (e) => e.entityType],
  ['对象编号 entityId', (e) => e.entityId],
  ['结果 outcome', (e) => e.outcome],
  ['变更前 before', (e) => snapshot(e.before)],
  ['变更后 after', (e) => snapshot(e.after)],
  ['请求编号 requestId', (e) => e.requestId],
  ['哈希 hash', (e) => e.hash],
];

function snapshot(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export function guardCsvFormula(text: string): string {
  return FORMULA_TRIGGER.test(text) ? `'${text}` : text;
}

function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = guardCsvFormula(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function auditCsvHeader(): string {
  return BOM + COLUMNS.map(([header]) => csvField(header)).join(',') + '\r\n';
}

export function auditCsvLine(entry: PresentedAuditEntry): string {
  return COLUMNS.map(([, value]) => csvField(value(entry))).join(',') + '\r\n';
}

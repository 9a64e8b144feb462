import { guardFormula } from './formula-guard.js';
import type { LedgerKind, LedgerRow } from './ledger-row.js';
import { areaRowText, exportValue, planExportColumns } from './ledger-layout.js';
import type { ExportColumn, ExportValue } from './ledger-layout.js';

/**
 * The same ledger as CSV, for people who feed it to other tools. One header line (a CSV has no merged
 * cells, so quarters read "2023年一季度推进计划") and the area as its own column. A UTF-8 BOM makes
 * Excel open the Chinese correctly; lines end in CRLF and fields are quoted per RFC 4180.
 */
export interface WriteLedgerCsvOptions {
  kind: LedgerKind;
  rows: readonly LedgerRow[];
  years: readonly number[];
}

const BOM = '\uFEFF';

export function writeLedgerCsv(options: WriteLedgerCsvOptions): Buffer {
  const columns = planExportColumns(options.kind, options.rows, options.years);
  const header = ['领域', ...columns.map(csvHeader)];
  const lines = [header, ...options.rows.map((row) => [areaRowText(row), ...columns.map((c) => exportValue(c, row))])];
  return Buffer.from(BOM + lines.map((line) => line.map(csvField).join(',')).join('\r\n') + '\r\n', 'utf8');
}

function csvHeader(column: ExportColumn): string {
  return column.kind === 'quarter' ? `${column.year}年${column.header}推进计划` : column.header;
}

/** Numbers are written bare (a number cannot carry a formula); text is guarded, then quoted when needed. */
function csvField(value: ExportValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = guardFormula(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

import ExcelJS from 'exceljs';
import type { Worksheet } from 'exceljs';
import { createProblem } from './import-problem.js';
import type { ImportProblem } from './import-problem.js';
import { inspectXlsx } from './inspect-xlsx.js';
import type { XlsxLimits } from './inspect-xlsx.js';
import type { LedgerKind, LedgerRow } from './ledger-row.js';
import { locateHeader } from './locate-header.js';
import type { LocatedColumn } from './locate-header.js';
import { findDuplicateRows } from './find-duplicate-rows.js';
import { readLedgerRows } from './read-ledger-rows.js';
import type { RowSource } from './row-source.js';
import { readSheetGrid } from './sheet-grid.js';

/**
 * Reads a ledger workbook into LedgerRows and EVERY problem found, by sheet, row and column. Nothing
 * is stored here: the caller imports only when `problems` is empty, so a file is taken whole or not
 * at all. Rows are returned even when there are problems, so a preview can show what was understood.
 */
export interface ReadLedgerOptions {
  kind: LedgerKind;
  /** Year for quarter columns and deadlines that do not name one ("一季度", "年底前"). */
  defaultYear?: number;
  limits?: Partial<XlsxLimits & { maxRows: number; maxColumns: number }>;
}

export type SheetStatus = 'read' | 'hidden' | 'empty' | 'no_header' | 'too_large';

export interface SheetSummary {
  name: string;
  status: SheetStatus;
  title: string | null;
  notes: string[];
  headerRows: { first: number; last: number } | null;
  /** Recognised columns: `field` is a LedgerRow field, a period ("2023Q1") or "target:2024". */
  columns: { column: string; header: string; field: string }[];
  /** Columns whose header we did not recognise; their content is not imported. */
  ignoredColumns: { column: string; header: string }[];
  years: number[];
  itemCount: number;
}

export interface ReadLedgerResult {
  rows: LedgerRow[];
  /** Where each row came from, same order as `rows`. */
  sources: RowSource[];
  problems: ImportProblem[];
  sheets: SheetSummary[];
}

export const DEFAULT_MAX_ROWS = 20_000;
/** Real ledgers have 10–40 columns; a sheet using hundreds is not a ledger, or is padded by mistake. */
export const DEFAULT_MAX_COLUMNS = 200;

export async function readLedgerWorkbook(buffer: Buffer, options: ReadLedgerOptions): Promise<ReadLedgerResult> {
  const result: ReadLedgerResult = { rows: [], sources: [], problems: [], sheets: [] };
  const inspection = inspectXlsx(buffer, options.limits);
  if (!inspection.ok) return { ...result, problems: [inspection.problem] };
  const workbook = new ExcelJS.Workbook();
  try {
    // A plain ArrayBuffer copy: ExcelJS's typings expect one, and the caller's Buffer stays untouched.
    await workbook.xlsx.load(new Uint8Array(buffer).buffer);
  } catch (error) {
    const detail = error instanceof Error ? error.message.slice(0, 120) : 'unknown error';
    return { ...result, problems: [createProblem('CORRUPT_WORKBOOK', {}, { detail })] };
  }
  for (const worksheet of workbook.worksheets) readSheet(worksheet, options, result);
  result.problems.push(...findDuplicateRows(result), ...findEmptyWorkbook(result));
  return result;
}

function readSheet(worksheet: Worksheet, options: ReadLedgerOptions, result: ReadLedgerResult): void {
  const summary = emptySummary(worksheet.name);
  result.sheets.push(summary);
  // Offices hide helper sheets (lists for drop-downs); they are not ledger content.
  if (worksheet.state !== 'visible') return void (summary.status = 'hidden');
  const sizeProblem = checkSheetSize(worksheet.name, worksheet.actualRowCount, null, options);
  if (sizeProblem) return refuseSheet(summary, sizeProblem, result);
  const grid = readSheetGrid(worksheet);
  if (grid.rowCount === 0) return void (summary.status = 'empty');
  const widthProblem = checkSheetSize(grid.name, 0, grid.columnCount, options);
  if (widthProblem) return refuseSheet(summary, widthProblem, result);
  const { layout, problems } = locateHeader(grid, options.kind, options.defaultYear);
  result.problems.push(...problems);
  if (layout === null) return void (summary.status = 'no_header');
  Object.assign(summary, {
    title: layout.title,
    headerRows: { first: layout.firstRow, last: layout.lastRow },
    columns: layout.columns.map(describeColumn),
    ignoredColumns: layout.ignoredColumns,
    years: yearsOf(layout.columns),
  });
  if (!layout.columns.some((c) => c.role.kind === 'field' && c.role.field === 'title')) {
    return refuseSheet(summary, createProblem('UNKNOWN_LAYOUT', { sheet: grid.name, row: layout.firstRow }), result, 'no_header');
  }
  const sheetRows = readLedgerRows(grid, layout, options.kind, options.defaultYear);
  summary.notes = [...layout.notes, ...sheetRows.notes];
  summary.itemCount = sheetRows.rows.length;
  result.rows.push(...sheetRows.rows);
  result.sources.push(...sheetRows.sources);
  result.problems.push(...sheetRows.problems);
}

function emptySummary(name: string): SheetSummary {
  return { name, status: 'read', title: null, notes: [], headerRows: null, columns: [], ignoredColumns: [], years: [], itemCount: 0 };
}

function refuseSheet(summary: SheetSummary, problem: ImportProblem, result: ReadLedgerResult, status: SheetStatus = 'too_large'): void {
  summary.status = status;
  result.problems.push(problem);
}

/** Rows are checked before the sheet is walked; columns once the sparse grid knows the used width. */
function checkSheetSize(sheet: string, rows: number, columns: number | null, options: ReadLedgerOptions): ImportProblem | null {
  const maxRows = options.limits?.maxRows ?? DEFAULT_MAX_ROWS;
  const maxColumns = options.limits?.maxColumns ?? DEFAULT_MAX_COLUMNS;
  if (rows > maxRows) return createProblem('TOO_MANY_ROWS', { sheet }, { detail: String(maxRows) });
  if (columns !== null && columns > maxColumns) return createProblem('TOO_MANY_COLUMNS', { sheet }, { detail: String(maxColumns) });
  return null;
}

function describeColumn(column: LocatedColumn): { column: string; header: string; field: string } {
  const role = column.role;
  const field = role.kind === 'field' ? role.field : role.kind === 'quarter' ? `${role.year}Q${role.quarter}` : `target:${role.year}`;
  return { column: column.letter, header: column.header, field };
}

function yearsOf(columns: readonly LocatedColumn[]): number[] {
  const years = columns.flatMap((c) => (c.role.kind === 'quarter' && c.role.year !== null ? [c.role.year] : []));
  return [...new Set(years)].sort();
}

/** No readable sheet at all is a layout problem; readable sheets without any item are an empty file. */
function findEmptyWorkbook(result: ReadLedgerResult): ImportProblem[] {
  if (result.rows.length > 0) return [];
  const unreadable = result.sheets.filter((sheet) => sheet.status === 'no_header');
  const alreadyReported = result.problems.some((p) => p.code === 'UNKNOWN_LAYOUT' || p.code === 'TOO_MANY_ROWS' || p.code === 'TOO_MANY_COLUMNS');
  if (unreadable.length > 0 && !alreadyReported) {
    return unreadable.map((sheet) => createProblem('UNKNOWN_LAYOUT', { sheet: sheet.name }));
  }
  return alreadyReported ? [] : [createProblem('EMPTY_WORKBOOK')];
}

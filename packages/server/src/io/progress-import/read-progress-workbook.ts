import ExcelJS from 'exceljs';
import type { Worksheet } from 'exceljs';
import { cellText } from '../ledger-xlsx/cell-text.js';
import { chineseNumeralToNumber } from '../ledger-xlsx/chinese-numerals.js';
import { createProblem } from '../ledger-xlsx/import-problem.js';
import type { ImportProblem } from '../ledger-xlsx/import-problem.js';
import { inspectXlsx } from '../ledger-xlsx/inspect-xlsx.js';
import { normaliseHeader } from '../ledger-xlsx/ledger-columns.js';
import { locateHeader } from '../ledger-xlsx/locate-header.js';
import { DEFAULT_MAX_COLUMNS, DEFAULT_MAX_ROWS } from '../ledger-xlsx/read-ledger-workbook.js';
import { columnLetter, readSheetGrid } from '../ledger-xlsx/sheet-grid.js';
import type { SheetGrid } from '../ledger-xlsx/sheet-grid.js';

/**
 * Reads past quarters' progress from an office's ledger workbook, in either layout offices keep:
 * quarters side by side in one sheet (2023年一季度进展情况 | 完成比例 | 存在问题 beside each task, or
 * those three under a merged 2023年一季度), or one workbook (or sheet) per quarter whose quarter the
 * sheet name, the title or the caller gives. The header row and the task columns (序号, 重点任务) are
 * found as the ledger import finds them (locateHeader). Pure: no database; every problem by sheet,
 * row and column, so the caller imports only a file without any.
 */
export interface ReadProgressOptions {
  /** `2023Q3`: the quarter of columns, sheets and titles that name none. */
  quarter?: string;
}

export type ProgressMeasure = 'progress' | 'percent' | 'problems' | 'completed' | 'value' | 'rank';

export interface ProgressRow {
  sheet: string;
  row: number;
  code: string | null;
  title: string;
  period: string;
  /** Basis points (6000 = 60%); null when the file gives no figure. */
  completionBp: number | null;
  progress: string | null;
  problems: string | null;
  isCompleted: boolean;
  /** The row reports the task's progress (a percent, 进展情况, 存在问题 or 是否完成), not only an indicator's value. */
  hasReport: boolean;
  /** An indicator's value of the quarter (decimal text) and its provincial rank, when the file has them. */
  indicatorValue: { value: string | null; provincialRank: number | null } | null;
}

export interface ProgressSheetSummary {
  name: string;
  periods: string[];
  rowCount: number;
}

export interface ReadProgressResult {
  rows: ProgressRow[];
  problems: ImportProblem[];
  sheets: ProgressSheetSummary[];
}

interface ProgressColumn {
  index: number;
  letter: string;
  header: string;
  period: string;
  measure: ProgressMeasure;
}

const MEASURES: [ProgressMeasure, RegExp][] = [
  ['rank', /(?:全省排名|省内排名|省排名|全省位次|排名|位次)$/],
  ['value', /(?:本期值|当期值|指标值|完成值|实际值|累计值)$/],
  ['percent', /(?:完成比例|完成进度|完成率|完成百分比|累计完成|进度%?)$/],
  ['completed', /(?:是否完成|完成与否|完成情况)$/],
  ['problems', /(?:存在问题|存在的问题|问题|困难问题|存在困难)$/],
  ['progress', /(?:进展情况|推进情况|工作进展|进展|完成情况说明)$/],
];
const QUARTER_IN_TEXT = /(\d{4})\s*年?度?\s*第?([一二三四1-4])\s*季度|(\d{4})\s*[Qq]([1-4])/;
const COMPLETED_WORDS = /^(?:是|已完成|完成|√|✓|Y|YES)$/i;

export async function readProgressWorkbook(buffer: Buffer, options: ReadProgressOptions = {}): Promise<ReadProgressResult> {
  const result: ReadProgressResult = { rows: [], problems: [], sheets: [] };
  const inspection = inspectXlsx(buffer);
  if (!inspection.ok) return { ...result, problems: [inspection.problem] };
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(new Uint8Array(buffer).buffer);
  } catch (error) {
    return { ...result, problems: [createProblem('CORRUPT_WORKBOOK', {}, { detail: error instanceof Error ? error.message.slice(0, 120) : 'unknown error' })] };
  }
  for (const worksheet of workbook.worksheets) readSheet(worksheet, options, result);
  if (result.rows.length === 0 && result.problems.length === 0) result.problems.push(createProblem('NO_PROGRESS_COLUMNS'));
  return result;
}

function readSheet(worksheet: Worksheet, options: ReadProgressOptions, result: ReadProgressResult): void {
  if (worksheet.state !== 'visible') return;
  if (worksheet.actualRowCount > DEFAULT_MAX_ROWS)
    return void result.problems.push(createProblem('TOO_MANY_ROWS', { sheet: worksheet.name }, { detail: String(DEFAULT_MAX_ROWS) }));
  const grid = readSheetGrid(worksheet);
  if (grid.rowCount === 0) return;
  if (grid.columnCount > DEFAULT_MAX_COLUMNS) {
    return void result.problems.push(createProblem('TOO_MANY_COLUMNS', { sheet: grid.name }, { detail: String(DEFAULT_MAX_COLUMNS) }));
  }
  // Quarter groups over 进展情况 | 完成比例 read as quarterly-plan columns to the ledger reader; only
  // the header rows and its task columns are taken from it, its problems are the ledger's, not ours.
  const { layout } = locateHeader(grid, 'master', undefined);
  const titleColumn = layout?.columns.find((c) => c.role.kind === 'field' && c.role.field === 'title');
  if (!layout || !titleColumn) return void result.problems.push(createProblem('UNKNOWN_LAYOUT', { sheet: grid.name }));
  const codeColumn = layout.columns.find((c) => c.role.kind === 'field' && c.role.field === 'code');
  const lastHeaderRow = isMeasureRow(grid, layout.lastRow + 1) ? layout.lastRow + 1 : layout.lastRow;
  const sheetQuarter = findQuarter(grid.name) ?? findQuarter(layout.title ?? '') ?? options.quarter ?? null;
  const columns = progressColumns(grid, layout.firstRow, lastHeaderRow, sheetQuarter, result.problems);
  if (columns.length === 0) return void result.problems.push(createProblem('NO_PROGRESS_COLUMNS', { sheet: grid.name, row: layout.firstRow }));
  const before = result.rows.length;
  for (let row = lastHeaderRow + 1; row <= grid.rowCount; row++) {
    const title = cellText(grid.cell(row, titleColumn.index).value)?.trim();
    if (!title) continue;
    const code = codeColumn ? (cellText(grid.cell(row, codeColumn.index).value)?.trim() ?? null) : null;
    result.rows.push(...readRow(grid, row, { code: code || null, title }, columns, result.problems));
  }
  const periods = [...new Set(columns.map((c) => c.period))].sort();
  result.sheets.push({ name: grid.name, periods, rowCount: result.rows.length - before });
}

function progressColumns(grid: SheetGrid, firstRow: number, lastRow: number, sheetQuarter: string | null, problems: ImportProblem[]): ProgressColumn[] {
  const columns: ProgressColumn[] = [];
  for (let index = 1; index <= grid.columnCount; index++) {
    const path = headerPath(grid, index, firstRow, lastRow);
    const own = normaliseHeader(path.at(-1) ?? '');
    const measure = MEASURES.find(([, pattern]) => pattern.test(own))?.[0];
    if (!measure) continue;
    const header = path.join(' / ');
    const period = path.map(findQuarter).findLast((p) => p !== null) ?? sheetQuarter;
    const letter = columnLetter(index);
    if (period === null) {
      problems.push(createProblem('MISSING_QUARTER', { sheet: grid.name, row: lastRow, column: letter }, { header }));
      continue;
    }
    const twin = columns.find((c) => c.period === period && c.measure === measure);
    if (twin) {
      problems.push(
        createProblem('DUPLICATE_COLUMN', { sheet: grid.name, row: lastRow, column: letter }, { header, detail: `${twin.letter}列 ${twin.header}` }),
      );
      continue;
    }
    columns.push({ index, letter, header, period, measure });
  }
  return columns;
}

/** One task row → one progress row per quarter it fills in (a quarter left blank is not reported). */
function readRow(grid: SheetGrid, row: number, task: { code: string | null; title: string }, columns: readonly ProgressColumn[], problems: ImportProblem[]) {
  const byPeriod = new Map<string, ProgressColumn[]>();
  for (const column of columns) byPeriod.set(column.period, [...(byPeriod.get(column.period) ?? []), column]);
  const rows: ProgressRow[] = [];
  for (const [period, periodColumns] of byPeriod) {
    const texts = new Map(periodColumns.map((c) => [c.measure, { column: c, value: grid.cell(row, c.index).value }]));
    if ([...texts.values()].every(({ value }) => (cellText(value)?.trim() ? false : true))) continue;
    const percent = texts.get('percent');
    const completionBp = percent ? readPercent(percent.value, { sheet: grid.name, row, column: percent.column }, problems) : null;
    const text = (measure: ProgressMeasure) => {
      const cell = texts.get(measure);
      return (cell && cellText(cell.value)?.trim()) || null;
    };
    const completedText = text('completed');
    const isCompleted = completionBp === 10_000 || (completedText !== null && COMPLETED_WORDS.test(completedText));
    const hasReport = (['percent', 'progress', 'problems', 'completed'] as const).some((measure) => text(measure) !== null);
    const indicatorValue = readIndicatorValue(texts, { sheet: grid.name, row }, problems);
    rows.push({
      sheet: grid.name,
      row,
      ...task,
      period,
      completionBp,
      progress: text('progress'),
      problems: text('problems'),
      isCompleted,
      hasReport,
      indicatorValue,
    });
  }
  return rows;
}

type MeasureCells = Map<ProgressMeasure, { column: ProgressColumn; value: ReturnType<SheetGrid['cell']>['value'] }>;

/** 本期值 as decimal text ("3.2", "1,250" → "1250") and 省排名 as a whole number from 1; null when neither is given. */
function readIndicatorValue(cells: MeasureCells, at: { sheet: string; row: number }, problems: ImportProblem[]) {
  const read = (measure: 'value' | 'rank', pattern: RegExp) => {
    const cell = cells.get(measure);
    const raw = cell ? (cellText(cell.value)?.trim().normalize('NFKC').replace(/,/g, '') ?? '') : '';
    if (!cell || raw === '') return null;
    if (pattern.test(raw)) return raw;
    problems.push(createProblem('BAD_NUMBER', { ...at, column: cell.column.letter, field: measure }, { header: cell.column.header, value: raw }));
    return null;
  };
  const value = read('value', /^-?\d+(?:\.\d+)?$/);
  const rank = read('rank', /^[1-9]\d*$/);
  return value === null && rank === null ? null : { value, provincialRank: rank === null ? null : Number(rank) };
}

/**
 * A percentage as offices write it: 60, "60%", "60％", or 0.6 from a cell formatted as a percentage
 * (Excel stores 60% as 0.6, so a number up to 1 is a fraction). Basis points, or null with a problem.
 */
function readPercent(
  value: ReturnType<SheetGrid['cell']>['value'],
  at: { sheet: string; row: number; column: ProgressColumn },
  problems: ImportProblem[],
): number | null {
  const location = { sheet: at.sheet, row: at.row, column: at.column.letter, field: 'completionPercent' };
  const raw = cellText(value)?.trim() ?? '';
  if (raw === '') return null;
  let percent: number;
  if (typeof value === 'number') percent = value > 0 && value <= 1 && !Number.isInteger(value) ? value * 100 : value === 1 ? 100 : value;
  else {
    const match = /^(\d+(?:\.\d+)?)\s*[%％]?$/.exec(raw.normalize('NFKC'));
    if (!match) {
      problems.push(createProblem('BAD_NUMBER', location, { header: at.column.header, value: raw }));
      return null;
    }
    percent = Number(match[1]);
  }
  if (percent < 0 || percent > 100) {
    problems.push(createProblem('PERCENT_OUT_OF_RANGE', location, { header: at.column.header, value: raw }));
    return null;
  }
  return Math.round(percent * 100);
}

/** `2023年三季度`, `2023年第3季度`, `2023Q3` anywhere in the text → `2023Q3`. */
export function findQuarter(text: string): string | null {
  const match = QUARTER_IN_TEXT.exec(text.normalize('NFKC'));
  if (!match) return null;
  const year = match[1] ?? match[3];
  const quarterText = match[2] ?? match[4] ?? '';
  const quarter = /^\d$/.test(quarterText) ? Number(quarterText) : chineseNumeralToNumber(quarterText);
  return `${year}Q${quarter}`;
}

/** A sub-header row under the quarter groups: it names measures and holds no number. */
function isMeasureRow(grid: SheetGrid, row: number): boolean {
  if (row > grid.rowCount) return false;
  let measures = 0;
  for (let column = 1; column <= grid.columnCount; column++) {
    const value = grid.cell(row, column).value;
    if (typeof value === 'number') return false;
    const text = normaliseHeader(cellText(value) ?? '');
    if (text && MEASURES.some(([, pattern]) => pattern.test(text))) measures++;
  }
  return measures > 0;
}

function headerPath(grid: SheetGrid, column: number, firstRow: number, lastRow: number): string[] {
  const path: string[] = [];
  for (let row = firstRow; row <= lastRow; row++) {
    const text = cellText(grid.cell(row, column).value)?.replace(/\s+/g, ' ').trim();
    if (text && path.at(-1) !== text) path.push(text);
  }
  return path;
}

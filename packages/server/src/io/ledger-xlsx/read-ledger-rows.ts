import { cellText } from './cell-text.js';
import { CHINESE_NUMERAL_PATTERN, chineseNumeralToNumber } from './chinese-numerals.js';
import { createProblem } from './import-problem.js';
import type { ImportProblem } from './import-problem.js';
import type { LedgerKind, LedgerRow } from './ledger-row.js';
import type { HeaderLayout, LocatedColumn } from './locate-header.js';
import type { RowSource } from './row-source.js';
import { normaliseProse } from './normalise-text.js';
import { parseItemFields } from './parse-item-fields.js';
import type { GridCell, SheetGrid } from './sheet-grid.js';

/**
 * The rows under the header: blank rows are skipped, area rows ("一、…", "第一部分 …") set the area of
 * the items after them, note rows (a single text across the sheet, or "注：…") are kept as notes, and
 * every other row is an item.
 */
export interface SheetRows {
  rows: LedgerRow[];
  sources: RowSource[];
  notes: string[];
  problems: ImportProblem[];
}

interface Area {
  numeral: string;
  number: number;
  title: string | null;
}

const AREA_ROW = new RegExp(`^(?:(${CHINESE_NUMERAL_PATTERN})\\s*[、.,，:：]|第(${CHINESE_NUMERAL_PATTERN})(?:部分|篇|章|方面)[、.,，:：]?)\\s*([\\s\\S]*)$`);
const AREA_NUMERAL_ONLY = new RegExp(`^(?:(${CHINESE_NUMERAL_PATTERN})[、.，]?|第(${CHINESE_NUMERAL_PATTERN})(?:部分|篇|章|方面))$`);
const SEQUENCE_ONLY = /^[(（]?\d{1,4}[)）.、．]?$/;
const NOTE_START = /^(?:注|说明|备注|填报|填表|制表|审核|附)/;

export function readLedgerRows(grid: SheetGrid, layout: HeaderLayout, kind: LedgerKind, defaultYear: number | undefined): SheetRows {
  const result: SheetRows = { rows: [], sources: [], notes: [], problems: [] };
  const titleColumn = layout.columns.find((c) => c.role.kind === 'field' && c.role.field === 'title');
  const codeColumn = layout.columns.find((c) => c.role.kind === 'field' && c.role.field === 'code');
  let area: Area | null = null;
  let sequenceInArea = 0;
  let sequenceInSheet = 0;
  for (let rowNumber = layout.lastRow + 1; rowNumber <= grid.rowCount; rowNumber++) {
    const texts = rowTexts(grid, rowNumber);
    if (texts.length === 0 || isNumberedBlank(texts, codeColumn)) continue;
    const newArea = findArea(grid, rowNumber, texts, codeColumn, titleColumn);
    if (newArea) {
      area = newArea;
      sequenceInArea = 0;
      continue;
    }
    if (isNoteRow(texts, grid.columnCount)) {
      result.notes.push(texts[0]?.text ?? '');
      continue;
    }
    sequenceInArea++;
    sequenceInSheet++;
    const cellAt = (column: LocatedColumn) => dataCell(grid, rowNumber, column);
    const parsed = parseItemFields(layout.columns, { sheet: grid.name, row: rowNumber, defaultYear, cellAt });
    const row = parsed.row;
    row.code = chooseCode(parsed.codeText, area, sequenceInArea, sequenceInSheet, kind);
    row.areaNumeral = area?.numeral ?? null;
    row.areaTitle = area?.title ?? null;
    result.problems.push(...parsed.problems);
    // A title cell already reported (a formula without result) is not reported again as missing.
    if (row.title === '' && !parsed.problems.some((problem) => problem.field === 'title')) {
      const column = titleColumn?.letter ?? null;
      const header = titleColumn?.header ?? '重点任务';
      result.problems.push(createProblem('MISSING_TITLE', { sheet: grid.name, row: rowNumber, column, field: 'title' }, { header }));
    }
    result.rows.push(row);
    // A 序号 merged down over several rows (a task's sub-items) is written once, for the first of them.
    const codeCell = codeColumn ? grid.cell(rowNumber, codeColumn.index) : null;
    const writtenCode = codeCell?.mergedFrom && codeCell.mergedFrom.row !== rowNumber ? null : parsed.codeText;
    result.sources.push({ sheet: grid.name, row: rowNumber, writtenCode, isCodeWritten: writtenCode !== null && row.code === writtenCode });
  }
  return result;
}

/**
 * A data cell. Merged down over several items (one department leading three tasks) it counts for
 * each. Merged across columns it belongs to its first column only, except across quarter columns:
 * "持续推进" merged over 二季度…四季度 is the milestone of each of those quarters.
 */
function dataCell(grid: SheetGrid, row: number, column: LocatedColumn): GridCell {
  const cell = grid.cell(row, column.index);
  const isAcross = cell.mergedFrom !== null && cell.mergedFrom.row === row;
  // ExcelJS already repeats the master's value in every merged cell; we only decide whether to use it.
  if (!isAcross || column.role.kind === 'quarter') return cell;
  return { value: null, mergedFrom: cell.mergedFrom, issue: null };
}

/** Distinct texts of the row, each with how many columns show it (a merged area row spans all). */
function rowTexts(grid: SheetGrid, row: number): { text: string; span: number; column: number }[] {
  const texts: { text: string; span: number; column: number }[] = [];
  for (let column = 1; column <= grid.columnCount; column++) {
    const cell = grid.cell(row, column);
    const text = cellText(cell.value)?.trim();
    if (!text) continue;
    const same = texts.find((entry) => entry.text === text && cell.mergedFrom !== null);
    if (same) same.span++;
    else texts.push({ text, span: 1, column });
  }
  return texts;
}

function findArea(
  grid: SheetGrid,
  row: number,
  texts: { text: string; column: number }[],
  codeColumn: LocatedColumn | undefined,
  titleColumn: LocatedColumn | undefined,
): Area | null {
  const only = texts.length === 1 ? texts[0]?.text : undefined;
  const whole = only === undefined ? null : AREA_ROW.exec(only);
  if (whole) return makeArea(whole[1] ?? whole[2] ?? '', whole[3] ?? '');
  // Numeral in the 序号 column and the area's name in the task column, nothing else in the row.
  if (!codeColumn || !titleColumn || texts.length > 2) return null;
  const codeText = cellText(grid.cell(row, codeColumn.index).value)?.trim() ?? '';
  const numeral = AREA_NUMERAL_ONLY.exec(codeText);
  if (!numeral) return null;
  const title = cellText(grid.cell(row, titleColumn.index).value) ?? '';
  return makeArea(numeral[1] ?? numeral[2] ?? '', title);
}

function makeArea(numeral: string, title: string): Area | null {
  const number = chineseNumeralToNumber(numeral);
  return number === null ? null : { numeral, number, title: normaliseProse(title) };
}

/** Templates often number rows in advance; a row holding only its 序号 is still blank. */
function isNumberedBlank(texts: { text: string; column: number }[], codeColumn: LocatedColumn | undefined): boolean {
  const only = texts.length === 1 ? texts[0] : undefined;
  return only !== undefined && only.column === codeColumn?.index && SEQUENCE_ONLY.test(only.text.normalize('NFKC'));
}

/** One text across most of the sheet ("注：…" footers, section remarks), or one that says it is a note. */
function isNoteRow(texts: { text: string; span: number }[], columnCount: number): boolean {
  const only = texts.length === 1 ? texts[0] : undefined;
  if (!only) return false;
  return only.span >= Math.max(3, Math.ceil(columnCount / 2)) || NOTE_START.test(only.text);
}

/**
 * The sheet's own code when it has one ("1-01"); otherwise `<area>-<two-digit sequence in area>`,
 * which is how the plan numbers its items. A bare 序号 (1, 2, … across the whole sheet) is only an
 * order, not a code. Indicator ledgers number across areas: I-01, I-02, …
 */
function chooseCode(codeText: string | null, area: Area | null, inArea: number, inSheet: number, kind: LedgerKind): string {
  if (codeText !== null && !SEQUENCE_ONLY.test(codeText)) return codeText;
  const two = (n: number) => String(n).padStart(2, '0');
  if (kind === 'key_indicators') return `I-${two(inSheet)}`;
  return area ? `${area.number}-${two(inArea)}` : two(inSheet);
}

import { cellText } from './cell-text.js';
import { createProblem } from './import-problem.js';
import type { ImportProblem } from './import-problem.js';
import type { LedgerKind } from './ledger-row.js';
import { isExactHeaderLabel, isKnownHeaderText, matchHeaderPath } from './match-header.js';
import type { ColumnRole } from './match-header.js';
import { columnLetter } from './sheet-grid.js';
import type { SheetGrid } from './sheet-grid.js';

/**
 * Finds the header block of a ledger sheet: the first row (within the first 15) holding at least two
 * column titles we know, plus the rows under it that are still headers (sub-headers such as 一季度…
 * under a merged 2023年推进计划). Rows above it are the title and notes.
 */
export interface LocatedColumn {
  index: number;
  letter: string;
  /** The header path as written, joined with " / " for messages. */
  header: string;
  role: ColumnRole;
}

export interface HeaderLayout {
  firstRow: number;
  lastRow: number;
  title: string | null;
  notes: string[];
  columns: LocatedColumn[];
  ignoredColumns: { column: string; header: string }[];
}

const SEARCH_ROWS = 15;
const MAX_HEADER_ROWS = 4;

export function locateHeader(grid: SheetGrid, kind: LedgerKind, defaultYear: number | undefined) {
  const problems: ImportProblem[] = [];
  const start = findHeaderStart(grid, kind);
  if (start === null) return { layout: null, problems };
  // A group row above the field names ("基本情况" | "2023年推进计划") still belongs to the header.
  let firstRow = start;
  while (firstRow > 1 && isGroupRow(ownTexts(grid, firstRow - 1), kind)) firstRow--;
  let lastRow = start;
  while (lastRow - firstRow + 1 < MAX_HEADER_ROWS && isHeaderContinuation(grid, lastRow + 1, kind)) lastRow++;
  const layout: HeaderLayout = { firstRow, lastRow, ...readTitleAndNotes(grid, firstRow), columns: [], ignoredColumns: [] };
  for (let index = 1; index <= grid.columnCount; index++) {
    const path = headerPath(grid, index, firstRow, lastRow);
    if (path.length === 0) continue;
    const letter = columnLetter(index);
    const header = path.join(' / ');
    const role = matchHeaderPath(path, kind);
    if (role === null) layout.ignoredColumns.push({ column: letter, header });
    else addColumn(layout, { index, letter, header, role }, { sheet: grid.name, row: lastRow, defaultYear }, problems);
  }
  return { layout, problems };
}

function addColumn(
  layout: HeaderLayout,
  column: LocatedColumn,
  at: { sheet: string; row: number; defaultYear: number | undefined },
  problems: ImportProblem[],
): void {
  const location = { sheet: at.sheet, row: at.row, column: column.letter };
  if (column.role.kind === 'quarter' && column.role.year === null) {
    if (at.defaultYear === undefined) {
      problems.push(createProblem('MISSING_YEAR', { ...location, field: 'quarterlyPlans' }, { header: column.header, value: column.header }));
      return;
    }
    column.role = { ...column.role, year: at.defaultYear };
  }
  const twin = layout.columns.find((other) => sameRole(other.role, column.role));
  if (twin) {
    problems.push(createProblem('DUPLICATE_COLUMN', location, { header: column.header, detail: `${twin.letter}列 ${twin.header}` }));
    return;
  }
  layout.columns.push(column);
}

function sameRole(a: ColumnRole, b: ColumnRole): boolean {
  if (a.kind === 'field' && b.kind === 'field') return a.field === b.field;
  if (a.kind === 'quarter' && b.kind === 'quarter') return a.year === b.year && a.quarter === b.quarter;
  if (a.kind === 'yearlyTarget' && b.kind === 'yearlyTarget') return a.year === b.year;
  return false;
}

function findHeaderStart(grid: SheetGrid, kind: LedgerKind): number | null {
  const last = Math.min(SEARCH_ROWS, grid.rowCount);
  for (let row = 1; row <= last; row++) {
    const known = ownTexts(grid, row).filter((text) => isKnownHeaderText(text, kind));
    if (new Set(known).size >= 2) return row;
  }
  return null;
}

/** A sub-header row: most of its own texts are known header labels and none is a number. */
function isHeaderContinuation(grid: SheetGrid, row: number, kind: LedgerKind): boolean {
  if (row > grid.rowCount) return false;
  const texts = ownTexts(grid, row);
  const hasNumber = Array.from({ length: grid.columnCount }, (_, i) => grid.cell(row, i + 1)).some(
    (cell) => cell.mergedFrom === null && typeof cell.value === 'number',
  );
  const known = texts.filter((text) => isKnownHeaderText(text, kind)).length;
  return !hasNumber && known > 0 && known * 2 >= texts.length;
}

/** Every text is an exact header label: the title and note rows above a header never are. */
function isGroupRow(texts: readonly string[], kind: LedgerKind): boolean {
  return texts.length > 0 && texts.every((text) => isExactHeaderLabel(text, kind));
}

/** Texts a row holds itself, leaving out cells that only repeat a merge from elsewhere. */
function ownTexts(grid: SheetGrid, row: number): string[] {
  const texts: string[] = [];
  for (let column = 1; column <= grid.columnCount; column++) {
    const cell = grid.cell(row, column);
    const text = cell.mergedFrom === null ? cellText(cell.value)?.trim() : undefined;
    if (text) texts.push(text);
  }
  return texts;
}

function headerPath(grid: SheetGrid, column: number, firstRow: number, lastRow: number): string[] {
  const path: string[] = [];
  for (let row = firstRow; row <= lastRow; row++) {
    const text = cellText(grid.cell(row, column).value)?.replace(/\s+/g, ' ').trim();
    if (text && path.at(-1) !== text) path.push(text);
  }
  return path;
}

function readTitleAndNotes(grid: SheetGrid, headerRow: number): { title: string | null; notes: string[] } {
  const texts: string[] = [];
  for (let row = 1; row < headerRow; row++) {
    const own = ownTexts(grid, row);
    if (own.length > 0) texts.push(own.join(' '));
  }
  return { title: texts[0] ?? null, notes: texts.slice(1) };
}

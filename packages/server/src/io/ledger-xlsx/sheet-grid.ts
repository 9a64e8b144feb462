import { withoutInvisibleCharacters } from '../../shared/invisible-characters.js';
import type { Cell, CellValue, Worksheet } from 'exceljs';

/**
 * A worksheet as plain values, so the ledger rules never touch ExcelJS objects. Formulas give their
 * cached result (we never evaluate: the result the office saw is the one we import). Merged cells are
 * marked with their master so callers can decide: a header merged over four quarters names all four,
 * while a data cell merged across two columns belongs to the first only.
 */
export type GridValue = string | number | boolean | Date | null;

export type CellIssue = { kind: 'formula_without_result' } | { kind: 'error_value'; error: string };

export interface GridCell {
  value: GridValue;
  /** Position of the merge's top-left cell when this cell is a non-master part of a merge. */
  mergedFrom: { row: number; column: number } | null;
  issue: CellIssue | null;
}

export interface SheetGrid {
  name: string;
  rowCount: number;
  columnCount: number;
  /** 1-based like Excel; outside the used range gives an empty cell. */
  cell(row: number, column: number): GridCell;
}

const EMPTY_CELL: GridCell = { value: null, mergedFrom: null, issue: null };

/**
 * Sparse on purpose: only cells that exist are kept, and the sizes are those of the cells holding
 * something. A stray format in column XFD or row 1048576 then costs nothing, and the caller can
 * refuse sheets that are really too wide or long before looping over them.
 */
export function readSheetGrid(worksheet: Worksheet): SheetGrid {
  const rows = new Map<number, Map<number, GridCell>>();
  let rowCount = 0;
  let columnCount = 0;
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells = new Map<number, GridCell>();
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      const gridCell = toGridCell(cell);
      if (gridCell.value === null && gridCell.issue === null && gridCell.mergedFrom === null) return;
      cells.set(column, gridCell);
      columnCount = Math.max(columnCount, column);
    });
    if (cells.size === 0) return;
    rows.set(rowNumber, cells);
    rowCount = Math.max(rowCount, rowNumber);
  });
  return {
    name: worksheet.name,
    rowCount,
    columnCount,
    cell: (row, column) => rows.get(row)?.get(column) ?? EMPTY_CELL,
  };
}

function toGridCell(cell: Cell): GridCell {
  const master = cell.isMerged && cell.master !== cell ? cell.master : null;
  const mergedFrom = master ? { row: Number(master.row), column: Number(master.col) } : null;
  const { value, issue } = convertValue(cell.value);
  return { value, mergedFrom, issue };
}

// Text comes without invisible control characters: a crafted workbook can carry any of them as
// `_x0000_` escapes, and PostgreSQL cannot store NUL (see shared/invisible-characters.ts).
function convertValue(value: CellValue): { value: GridValue; issue: CellIssue | null } {
  if (value === null || value === undefined) return { value: null, issue: null };
  if (typeof value === 'string') return { value: withoutInvisibleCharacters(value), issue: null };
  if (typeof value !== 'object' || value instanceof Date) return { value, issue: null };
  if ('error' in value) return { value: null, issue: { kind: 'error_value', error: String(value.error) } };
  if ('richText' in value) return { value: withoutInvisibleCharacters(value.richText.map((run) => run.text).join('')), issue: null };
  if ('hyperlink' in value) return convertValue(value.text as CellValue);
  if ('formula' in value || 'sharedFormula' in value) {
    const result = value.result;
    if (result === undefined || result === null) return { value: null, issue: { kind: 'formula_without_result' } };
    return convertValue(result as CellValue);
  }
  return { value: null, issue: null };
}

/** 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

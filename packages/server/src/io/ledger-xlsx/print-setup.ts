import type { PageSetup, PaperSize } from 'exceljs';
import { columnLetter } from './sheet-grid.js';

/**
 * Page setup for printed tables: A3 landscape, the header rows on every page, as wide as one page
 * when that stays legible. A wide ledger (a three-year ledger has 12 quarter columns, 28 in all) would
 * shrink to unreadable text on one page, so it spreads over as many pages across as keep the print at
 * least MIN_SCALE, each page repeating the key columns (编号, 任务) so every row can be followed. The
 * columns themselves stay as they are: the file remains the importable layout.
 */
export interface PrintSetupOptions {
  columnWidths: readonly number[];
  headerRows: { first: number; last: number };
  /** Columns 1…keyColumns are repeated on every page across when the table needs several. */
  keyColumns: number;
}

// ExcelJS's PaperSize enum stops at A4; 8 is A3 in the OOXML paper size table.
const A3 = 8 as unknown as PaperSize;
const MARGINS = { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 };
/**
 * Column units that fit across A3 landscape at 100 %: 420 mm less the margins is ~400 mm, and one unit
 * (a digit of 11pt Calibri, 7 px, plus the cell's share of padding) is ~1.9 mm.
 */
const UNITS_ACROSS_A3 = 205;
/**
 * Below ~65 % the 10pt text of a ledger prints under 6.5pt, too small to read at a meeting: a one-year
 * or two-year ledger (up to ~17 columns) still fits one page across, a three-year one does not.
 */
const MIN_SCALE = 0.65;

export function printSetup(options: PrintSetupOptions): Partial<PageSetup> {
  const pagesWide = pagesAcross(options.columnWidths, options.keyColumns);
  const { first, last } = options.headerRows;
  return {
    paperSize: A3,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: pagesWide,
    fitToHeight: 0,
    horizontalCentered: pagesWide === 1,
    printTitlesRow: `${first}:${last}`,
    ...(pagesWide > 1 && options.keyColumns > 0 ? { printTitlesColumn: `A:${columnLetter(options.keyColumns)}` } : {}),
    margins: MARGINS,
  };
}

/** 1 when the whole width prints at MIN_SCALE or more; else pages that each repeat the key columns. */
export function pagesAcross(columnWidths: readonly number[], keyColumns: number): number {
  const total = sum(columnWidths);
  const perPage = UNITS_ACROSS_A3 / MIN_SCALE;
  if (total <= perPage) return 1;
  const keyWidth = sum(columnWidths.slice(0, keyColumns));
  const room = Math.max(perPage / 2, perPage - keyWidth);
  return Math.ceil((total - keyWidth) / room);
}

/**
 * How many columns print on the first page, for text that must not straddle pages (the title, area
 * rows): all of them on a one-page-wide table, else those within the page at the scale fitToWidth gives.
 */
export function columnsOnFirstPage(columnWidths: readonly number[], keyColumns: number): number {
  const pages = pagesAcross(columnWidths, keyColumns);
  if (pages === 1) return columnWidths.length;
  const printedWidth = sum(columnWidths) + (pages - 1) * sum(columnWidths.slice(0, keyColumns));
  const scale = Math.min(1, (pages * UNITS_ACROSS_A3) / printedWidth);
  const pageWidth = UNITS_ACROSS_A3 / scale;
  let width = 0;
  let count = 0;
  while (count < columnWidths.length && width + (columnWidths[count] ?? 0) <= pageWidth) width += columnWidths[count++] ?? 0;
  return Math.max(1, count);
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

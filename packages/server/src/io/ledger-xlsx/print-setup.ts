import type { PageSetup, PaperSize } from 'exceljs';
import { columnLetter } from './sheet-grid.js';

/**
 * How a table prints: A3 landscape, the header rows on every page, one page across when that stays
 * legible. A wide ledger (three years of quarter columns, 28 columns in all) would shrink to unreadable
 * text on one page, so it is cut into bands of whole column groups (the item's own columns, then each
 * year's four quarters), as many as fit a page at MIN_SCALE or more; each band prints on its own pages,
 * after the key columns (编号, 任务) repeated, at the one scale at which the widest band fits. Manual
 * column breaks (added to the finished file, see finish-workbook.ts) put the cuts between groups, never
 * inside a year. The columns stay as they are: the file remains the importable layout.
 */
export interface PrintSetupOptions {
  columnWidths: readonly number[];
  /** Columns 1…keyColumns are repeated on every page across when the table needs several. */
  keyColumns: number;
  /** 0-based indexes of the columns a page may start with (a group's first column); any column when absent. */
  groupStarts?: readonly number[];
}

export interface PrintLayout {
  /** Everything but the header rows to repeat (printTitlesRow), which the writer knows once it wrote them. */
  pageSetup: Partial<PageSetup>;
  /** 0-based index of the first column of each band after the first; empty when one page across. */
  columnBreaks: number[];
}

// ExcelJS's PaperSize enum stops at A4; 8 is A3 in the OOXML paper size table.
const A3 = 8 as unknown as PaperSize;
const MARGINS = { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 };
/**
 * Column units that fit across A3 landscape at 100 %: 420 mm less the margins is ~400 mm. In Excel and
 * WPS one unit (a digit of the default 11pt Calibri, 7 px, plus padding) is ~1.9 mm, ~205 across; where
 * Calibri is missing (LibreOffice on a Linux desktop or server) a wider font stands in and a unit is
 * ~2.45 mm, ~163 across. Bands are planned for the wider one, so at the chosen scale a band fits the
 * page in every program and no automatic break cuts a year in two (Excel leaves some room at the side).
 */
const UNITS_ACROSS_A3 = 160;
/**
 * Below ~65 % the 10pt text of a ledger prints under 6.5pt, too small to read at a meeting: a one-year
 * ledger (~13 columns) still fits one page across, a two- or three-year one prints in bands.
 */
const MIN_SCALE = 0.65;
const UNITS_AT_MIN_SCALE = UNITS_ACROSS_A3 / MIN_SCALE;

export function planPrint(options: PrintSetupOptions): PrintLayout {
  const common = { paperSize: A3, orientation: 'landscape' as const, margins: MARGINS };
  const bands = cutIntoBands(options);
  if (bands.length === 1) {
    return { pageSetup: { ...common, fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true }, columnBreaks: [] };
  }
  const keyWidth = sum(options.columnWidths.slice(0, options.keyColumns));
  const widest = Math.max(...bands.map((band, index) => (index === 0 ? 0 : keyWidth) + sum(band.map((column) => options.columnWidths[column] ?? 0))));
  const scale = Math.min(100, Math.floor((100 * UNITS_ACROSS_A3) / widest));
  return {
    pageSetup: {
      ...common,
      fitToPage: false,
      scale,
      ...(options.keyColumns > 0 ? { printTitlesColumn: `A:${columnLetter(options.keyColumns)}` } : {}),
    },
    columnBreaks: bands.slice(1).map((band) => band[0] ?? 0),
  };
}

/** Bands of column indexes: whole groups packed greedily; a group too wide for any page is cut by column. */
function cutIntoBands(options: PrintSetupOptions): number[][] {
  const widths = options.columnWidths;
  if (sum(widths) <= UNITS_AT_MIN_SCALE) return [widths.map((_, index) => index)];
  const keyWidth = sum(widths.slice(0, options.keyColumns));
  const room = Math.max(UNITS_AT_MIN_SCALE / 2, UNITS_AT_MIN_SCALE - keyWidth);
  const bands: number[][] = [[]];
  let used = 0;
  let capacity = UNITS_AT_MIN_SCALE;
  for (const group of columnGroups(options)) {
    const parts = sum(group.map((column) => widths[column] ?? 0)) > room ? group.map((column) => [column]) : [group];
    for (const part of parts) {
      const width = sum(part.map((column) => widths[column] ?? 0));
      if (used + width > capacity && (bands.at(-1)?.length ?? 0) > 0) {
        bands.push([]);
        used = 0;
        capacity = room;
      }
      bands.at(-1)?.push(...part);
      used += width;
    }
  }
  return bands;
}

/** The columns in groups that should print together; the key columns always open the first group. */
function columnGroups(options: PrintSetupOptions): number[][] {
  const count = options.columnWidths.length;
  const starts = new Set((options.groupStarts ?? Array.from({ length: count }, (_, index) => index)).filter((index) => index >= options.keyColumns));
  const groups: number[][] = [];
  for (let index = 0; index < count; index++) {
    if (index === 0 || starts.has(index)) groups.push([]);
    groups.at(-1)?.push(index);
  }
  return groups;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

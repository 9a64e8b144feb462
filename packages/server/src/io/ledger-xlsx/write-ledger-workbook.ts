import ExcelJS from 'exceljs';
import type { Borders, Cell, Worksheet } from 'exceljs';
import { finishWorkbook } from './finish-workbook.js';
import { setSafeText } from './formula-guard.js';
import type { LedgerKind, LedgerRow } from './ledger-row.js';
import { areaRowText, exportValue, hasAreaChanged, planExportColumns } from './ledger-layout.js';
import type { ExportColumn, ExportValue } from './ledger-layout.js';
import { planPrint } from './print-setup.js';
import type { PrintLayout } from './print-setup.js';
import { rowHeightFor } from './row-height.js';

/**
 * A ledger workbook in the layout offices already use (and our importer reads back): a merged title
 * row, an optional note row, header rows with "2023年推进计划" merged over 一季度…四季度, area rows
 * "一、…" merged across, then the items. Every row is as tall as its text (see row-height.ts). Printed
 * on A3 landscape with the headers on every page, and the key columns too when it needs pages across.
 */
export interface WriteLedgerOptions {
  kind: LedgerKind;
  title: string;
  rows: readonly LedgerRow[];
  /** Years whose quarterly plans get columns. */
  years: readonly number[];
  /** Second line under the title, e.g. "填报单位：… 导出时间：…". */
  note?: string;
  sheetName?: string;
}

const SHEET_NAMES: Record<LedgerKind, string> = {
  master: '总台账',
  province_key_tasks: '省定重点任务',
  key_indicators: '重点指标',
  pilots: '试点示范',
  innovations: '创新性工作',
};
const THIN: Partial<Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

export async function writeLedgerWorkbook(options: WriteLedgerOptions): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'PlanTrack';
  const sheet = workbook.addWorksheet(safeSheetName(options.sheetName ?? SHEET_NAMES[options.kind]));
  const columns = planExportColumns(options.kind, options.rows, options.years);
  sheet.columns = columns.map((column) => ({ width: column.width }));
  const print = planLedgerPrint(columns);
  // Banners (title, note, area rows) span the first printed band only, so none is cut at a page edge.
  const widths = columns.slice(0, print.columnBreaks[0] ?? columns.length).map((column) => column.width);
  let rowNumber = writeBanner(sheet, 1, options.title, widths, { bold: true, size: 16 });
  if (options.note !== undefined) rowNumber = writeBanner(sheet, rowNumber, options.note, widths, { size: 11 });
  const headerFirst = rowNumber;
  rowNumber = writeHeader(sheet, rowNumber, columns);
  const headerLast = rowNumber - 1;
  options.rows.forEach((row, index) => {
    const areaText = hasAreaChanged(options.rows[index - 1], row) ? areaRowText(row) : null;
    if (areaText !== null) rowNumber = writeBanner(sheet, rowNumber, areaText, widths, { bold: true, size: 11 }, 'left');
    writeItem(sheet, rowNumber++, columns, row);
  });
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: headerLast, topLeftCell: `A${headerLast + 1}` }];
  sheet.pageSetup = { ...print.pageSetup, printTitlesRow: `${headerFirst}:${headerLast}` };
  sheet.headerFooter = { oddFooter: '第 &P 页，共 &N 页' };
  return finishWorkbook(Buffer.from(await workbook.xlsx.writeBuffer()), { columnBreaks: print.columnBreaks });
}

/** 编号…任务 repeat on every band; a year's four quarter columns print together, any other column may start a page. */
function planLedgerPrint(columns: readonly ExportColumn[]): PrintLayout {
  const keyColumns = columns.findIndex((column) => column.kind === 'field' && column.spec.field === 'title') + 1;
  return planPrint({
    columnWidths: columns.map((column) => column.width),
    keyColumns,
    groupStarts: columns.flatMap((column, index) => (column.kind === 'quarter' && column.quarter !== 1 ? [] : [index])),
  });
}

/** A text merged across the first printed page: the title, the note, an area row. Returns the next row. */
function writeBanner(
  sheet: Worksheet,
  row: number,
  text: string,
  widths: readonly number[],
  font: { bold?: boolean; size: number },
  horizontal: 'center' | 'left' = 'center',
): number {
  if (widths.length > 1) sheet.mergeCells(row, 1, row, widths.length);
  const cell = sheet.getCell(row, 1);
  setSafeText(cell, text);
  cell.font = { name: '宋体', ...font };
  cell.alignment = { horizontal, vertical: 'middle', wrapText: true };
  sheet.getRow(row).height = rowHeightFor([{ text, width: sum(widths), fontSize: font.size }]);
  return row + 1;
}

/** One header row, or two when there are quarter groups; single columns are merged down both. */
function writeHeader(sheet: Worksheet, first: number, columns: readonly ExportColumn[]): number {
  const hasGroups = columns.some((column) => column.kind === 'quarter');
  const last = hasGroups ? first + 1 : first;
  columns.forEach((column, index) => {
    const at = index + 1;
    if (column.kind !== 'quarter') {
      if (last > first) sheet.mergeCells(first, at, last, at);
      setSafeText(sheet.getCell(first, at), column.header);
      return;
    }
    setSafeText(sheet.getCell(last, at), column.header);
    if (column.quarter === 1) {
      sheet.mergeCells(first, at, first, at + 3);
      setSafeText(sheet.getCell(first, at), column.group);
    }
  });
  for (let row = first; row <= last; row++) {
    for (let at = 1; at <= columns.length; at++) styleHeaderCell(sheet.getCell(row, at));
  }
  setHeaderHeights(sheet, first, last, columns);
  return last + 1;
}

/** A field header spans both rows when there are two, so the first row only adds what the second lacks. */
function setHeaderHeights(sheet: Worksheet, first: number, last: number, columns: readonly ExportColumn[]): void {
  const fit = (column: ExportColumn, text: string, width = column.width) => ({ text, width, fontSize: HEADER_FONT_SIZE });
  const fields = rowHeightFor(columns.flatMap((column) => (column.kind === 'quarter' ? [] : [fit(column, column.header)])));
  if (first === last) return void (sheet.getRow(first).height = fields);
  const quarters = columns.flatMap((column) => (column.kind === 'quarter' ? [fit(column, column.header)] : []));
  const groups = columns.flatMap((column) => (column.kind === 'quarter' && column.quarter === 1 ? [fit(column, column.group, column.width * 4)] : []));
  const second = rowHeightFor(quarters);
  sheet.getRow(last).height = second;
  sheet.getRow(first).height = Math.max(rowHeightFor(groups), fields - second);
}

const HEADER_FONT_SIZE = 11;
const ITEM_FONT_SIZE = 10;

function styleHeaderCell(cell: Cell): void {
  cell.font = { name: '黑体', bold: true, size: HEADER_FONT_SIZE };
  cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
  cell.border = THIN;
}

function writeItem(sheet: Worksheet, rowNumber: number, columns: readonly ExportColumn[], row: LedgerRow): void {
  const texts = columns.map((column, index) => {
    const cell = sheet.getCell(rowNumber, index + 1);
    const value = exportValue(column, row);
    setValue(cell, value);
    cell.font = { name: '宋体', size: ITEM_FONT_SIZE };
    cell.alignment = { vertical: 'middle', wrapText: true, horizontal: isShort(column) ? 'center' : 'left' };
    cell.border = THIN;
    return { text: value === null ? '' : String(value), width: column.width, fontSize: ITEM_FONT_SIZE };
  });
  sheet.getRow(rowNumber).height = rowHeightFor(texts);
}

function isShort(column: ExportColumn): boolean {
  return column.width <= 10;
}

/** Text always goes out as a plain string cell, guarded so it can never act as a formula. */
function setValue(cell: Cell, value: ExportValue): void {
  if (value === null) return;
  if (typeof value === 'number') cell.value = value;
  else setSafeText(cell, value);
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/** Excel refuses sheet names over 31 characters or containing : \ / ? * [ ]. */
function safeSheetName(name: string): string {
  const cleaned = name
    .replace(/[:\\/?*[\]]/g, ' ')
    .trim()
    .slice(0, 31);
  return cleaned === '' ? 'Sheet1' : cleaned;
}

import ExcelJS from 'exceljs';
import type { Borders, Cell, PaperSize, Worksheet } from 'exceljs';
import { guardFormula } from './formula-guard.js';
import type { LedgerKind, LedgerRow } from './ledger-row.js';
import { areaRowText, exportValue, hasAreaChanged, planExportColumns } from './ledger-layout.js';
import type { ExportColumn, ExportValue } from './ledger-layout.js';

/**
 * A ledger workbook in the layout offices already use (and our importer reads back): a merged title
 * row, an optional note row, header rows with "2023年推进计划" merged over 一季度…四季度, area rows
 * "一、…" merged across, then the items. Printed on A3 landscape with the headers on every page.
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
// ExcelJS's PaperSize enum stops at A4; 8 is A3 in the OOXML paper size table.
const A3 = 8 as unknown as PaperSize;
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
  let rowNumber = writeBanner(sheet, 1, options.title, columns.length, { bold: true, size: 16 });
  if (options.note !== undefined) rowNumber = writeBanner(sheet, rowNumber, options.note, columns.length, { size: 11 });
  const headerFirst = rowNumber;
  rowNumber = writeHeader(sheet, rowNumber, columns);
  const headerLast = rowNumber - 1;
  options.rows.forEach((row, index) => {
    const areaText = hasAreaChanged(options.rows[index - 1], row) ? areaRowText(row) : null;
    if (areaText !== null) rowNumber = writeBanner(sheet, rowNumber, areaText, columns.length, { bold: true }, 'left');
    writeItem(sheet, rowNumber++, columns, row);
  });
  setupView(sheet, headerFirst, headerLast);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A text merged across the whole width: the title, the note, an area row. Returns the next row. */
function writeBanner(
  sheet: Worksheet,
  row: number,
  text: string,
  width: number,
  font: { bold?: boolean; size?: number },
  horizontal: 'center' | 'left' = 'center',
): number {
  if (width > 1) sheet.mergeCells(row, 1, row, width);
  const cell = sheet.getCell(row, 1);
  setText(cell, text);
  cell.font = { name: '宋体', ...font };
  cell.alignment = { horizontal, vertical: 'middle', wrapText: true };
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
      setText(sheet.getCell(first, at), column.header);
      return;
    }
    setText(sheet.getCell(last, at), column.header);
    if (column.quarter === 1) {
      sheet.mergeCells(first, at, first, at + 3);
      setText(sheet.getCell(first, at), column.group);
    }
  });
  for (let row = first; row <= last; row++) {
    for (let at = 1; at <= columns.length; at++) styleHeaderCell(sheet.getCell(row, at));
  }
  return last + 1;
}

function styleHeaderCell(cell: Cell): void {
  cell.font = { name: '黑体', bold: true, size: 11 };
  cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
  cell.border = THIN;
}

function writeItem(sheet: Worksheet, rowNumber: number, columns: readonly ExportColumn[], row: LedgerRow): void {
  columns.forEach((column, index) => {
    const cell = sheet.getCell(rowNumber, index + 1);
    setValue(cell, exportValue(column, row));
    cell.font = { name: '宋体', size: 10 };
    cell.alignment = { vertical: 'middle', wrapText: true, horizontal: isShort(column) ? 'center' : 'left' };
    cell.border = THIN;
  });
}

function isShort(column: ExportColumn): boolean {
  return column.width <= 10;
}

/** Text always goes out as a plain string, guarded so it can never act as a formula. */
function setText(cell: Cell, text: string): void {
  cell.value = guardFormula(text);
}

function setValue(cell: Cell, value: ExportValue): void {
  if (value === null) return;
  if (typeof value === 'number') cell.value = value;
  else setText(cell, value);
}

function setupView(sheet: Worksheet, headerFirst: number, headerLast: number): void {
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: headerLast, topLeftCell: `A${headerLast + 1}` }];
  sheet.pageSetup = {
    paperSize: A3,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    printTitlesRow: `${headerFirst}:${headerLast}`,
    margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  sheet.headerFooter = { oddFooter: '第 &P 页，共 &N 页' };
}

/** Excel refuses sheet names over 31 characters or containing : \ / ? * [ ]. */
function safeSheetName(name: string): string {
  const cleaned = name
    .replace(/[:\\/?*[\]]/g, ' ')
    .trim()
    .slice(0, 31);
  return cleaned === '' ? 'Sheet1' : cleaned;
}

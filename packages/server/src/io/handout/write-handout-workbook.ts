import ExcelJS from 'exceljs';
import type { Borders, Cell, Worksheet } from 'exceljs';
import type { StatusColour } from '@plantrack/domain';
import { finishWorkbook } from '../ledger-xlsx/finish-workbook.js';
import { setSafeText } from '../ledger-xlsx/formula-guard.js';
import { planPrint } from '../ledger-xlsx/print-setup.js';
import { rowHeightFor } from '../ledger-xlsx/row-height.js';
import type { HandoutGroup } from './group-handout-rows.js';
import type { HandoutRow } from './present-handout-row.js';

/**
 * The 调度会 handout (推进情况表) as .xlsx: a title row "2024年二季度推进情况表", a note row (filters,
 * where the figures come from, date), one header row, then group rows (一、…) over their items. Built
 * to be printed: A3 landscape, one page wide at full size, the header on every page, every row as
 * tall as its text, the status cell red / yellow / green. Text is written so that none can act as a
 * formula (formula-guard.ts). Pure: rows in, file out.
 */
export interface WriteHandoutOptions {
  title: string;
  note: string;
  groups: readonly HandoutGroup[];
}

interface HandoutColumn {
  header: string;
  width: number;
  value: (row: HandoutRow) => string;
  isCentred?: boolean;
}

const COLUMNS: readonly HandoutColumn[] = [
  { header: '编号', width: 7, value: (row) => row.code, isCentred: true },
  { header: '任务', width: 26, value: (row) => row.title },
  { header: '牵头单位', width: 12, value: (row) => row.leadDepartment, isCentred: true },
  { header: '分管市领导', width: 9, value: (row) => row.leader, isCentred: true },
  { header: '本季度节点目标', width: 24, value: (row) => row.milestone },
  { header: '计划进度', width: 8, value: (row) => row.planned, isCentred: true },
  { header: '完成进度', width: 8, value: (row) => row.actual, isCentred: true },
  { header: '推进状态', width: 9, value: (row) => row.statusLabel, isCentred: true },
  { header: '状态说明', width: 22, value: (row) => row.reason },
  { header: '进展情况', width: 40, value: (row) => row.progress },
  { header: '存在问题', width: 28, value: (row) => row.problems },
];
const STATUS_COLUMN = COLUMNS.findIndex((column) => column.header === '推进状态') + 1;
const WIDTHS = COLUMNS.map((column) => column.width);
const TOTAL_WIDTH = WIDTHS.reduce((total, width) => total + width, 0);
const FONT = '宋体';
const ITEM_SIZE = 10;
const THIN: Partial<Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
/** Light fills with dark text, legible in print and on a grey-scale copier. */
const STATUS_STYLES: Record<StatusColour, { fill: string; font: string }> = {
  green: { fill: 'FFC6EFCE', font: 'FF006100' },
  yellow: { fill: 'FFFFEB9C', font: 'FF9C5700' },
  red: { fill: 'FFFFC7CE', font: 'FF9C0006' },
  grey: { fill: 'FFEDEDED', font: 'FF404040' },
};

export const HANDOUT_HEADERS: readonly string[] = COLUMNS.map((column) => column.header);

export async function writeHandoutWorkbook(options: WriteHandoutOptions): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'PlanTrack';
  const sheet = workbook.addWorksheet('推进情况表');
  sheet.columns = COLUMNS.map((column) => ({ width: column.width }));
  writeBanner(sheet, 1, options.title, { size: 18, bold: true }, 'center');
  writeBanner(sheet, 2, options.note, { size: 10 }, 'left');
  writeHeader(sheet, 3);
  let rowNumber = 4;
  for (const group of options.groups) {
    writeGroupRow(sheet, rowNumber++, group.heading);
    for (const row of group.rows) writeItem(sheet, rowNumber++, row);
  }
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: 3, topLeftCell: 'A4' }];
  // The handout is one page across at full size; were it ever wider, planPrint would repeat 编号 and 任务.
  const print = planPrint({ columnWidths: WIDTHS, keyColumns: 2 });
  sheet.pageSetup = { ...print.pageSetup, printTitlesRow: '3:3' };
  sheet.headerFooter = { oddFooter: '第 &P 页，共 &N 页' };
  return finishWorkbook(Buffer.from(await workbook.xlsx.writeBuffer()), { columnBreaks: print.columnBreaks });
}

function writeBanner(sheet: Worksheet, row: number, text: string, font: { size: number; bold?: boolean }, horizontal: 'center' | 'left'): void {
  sheet.mergeCells(row, 1, row, COLUMNS.length);
  const cell = sheet.getCell(row, 1);
  setSafeText(cell, text);
  cell.font = { name: FONT, ...font };
  cell.alignment = { horizontal, vertical: 'middle', wrapText: true };
  sheet.getRow(row).height = rowHeightFor([{ text, width: TOTAL_WIDTH, fontSize: font.size }]);
}

function writeHeader(sheet: Worksheet, row: number): void {
  COLUMNS.forEach((column, index) => {
    const cell = sheet.getCell(row, index + 1);
    setSafeText(cell, column.header);
    cell.font = { name: '黑体', bold: true, size: 11 };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
    cell.border = THIN;
  });
  sheet.getRow(row).height = rowHeightFor(COLUMNS.map((column) => ({ text: column.header, width: column.width, fontSize: 11 })));
}

function writeGroupRow(sheet: Worksheet, row: number, heading: string): void {
  sheet.mergeCells(row, 1, row, COLUMNS.length);
  const cell = sheet.getCell(row, 1);
  setSafeText(cell, heading);
  cell.font = { name: '黑体', size: 11, bold: true };
  cell.alignment = { horizontal: 'left', vertical: 'middle', wrapText: true };
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
  cell.border = THIN;
  sheet.getRow(row).height = rowHeightFor([{ text: heading, width: TOTAL_WIDTH, fontSize: 11 }]);
}

function writeItem(sheet: Worksheet, rowNumber: number, row: HandoutRow): void {
  const texts = COLUMNS.map((column, index) => {
    const cell = sheet.getCell(rowNumber, index + 1);
    const text = column.value(row);
    if (text !== '') setSafeText(cell, text);
    cell.font = { name: FONT, size: ITEM_SIZE };
    cell.alignment = { horizontal: column.isCentred ? 'center' : 'left', vertical: 'middle', wrapText: true };
    cell.border = THIN;
    return { text, width: column.width, fontSize: ITEM_SIZE };
  });
  styleStatus(sheet.getCell(rowNumber, STATUS_COLUMN), row.colour);
  sheet.getRow(rowNumber).height = rowHeightFor(texts);
}

function styleStatus(cell: Cell, colour: StatusColour): void {
  const style = STATUS_STYLES[colour];
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: style.fill } };
  cell.font = { name: FONT, size: ITEM_SIZE, bold: true, color: { argb: style.font } };
}

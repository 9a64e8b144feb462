import { inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import type { CellValue } from 'exceljs';
import { findEntryData, readZipDirectory } from '../../src/shared/zip-directory.js';
import { buildZip } from './build-zip.js';

/**
 * Test helper: a workbook from plain rows, the way an office would lay it out by hand. `merges` use
 * Excel ranges ("A3:A4"); ExcelJS then repeats the master value into the merged cells on read, as
 * Excel files do.
 */
export type SheetCell = string | number | Date | null | { formula: string; result?: string | number } | { error: '#N/A' | '#REF!' };

export interface SheetSpec {
  name?: string;
  rows: SheetCell[][];
  merges?: string[];
  state?: 'visible' | 'hidden';
}

export async function buildWorkbook(...sheets: SheetSpec[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  sheets.forEach((spec, index) => {
    const sheet = workbook.addWorksheet(spec.name ?? `Sheet${index + 1}`, { state: spec.state ?? 'visible' });
    spec.rows.forEach((cells, rowIndex) => {
      cells.forEach((value, columnIndex) => {
        if (value !== null) sheet.getCell(rowIndex + 1, columnIndex + 1).value = value as CellValue;
      });
    });
    for (const range of spec.merges ?? []) sheet.mergeCells(range);
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * A real workbook whose one sheet holds `rows` × `columns` formatted but empty cells: small once zipped,
 * within every zip limit (ratio about 11), and yet ExcelJS builds an object per cell — the kind of file
 * that exhausts a parser's memory without being a zip bomb.
 */
export async function buildFormattedEmptyWorkbook(rows: number, columns: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('台账');
  sheet.getCell('A1').value = '重点任务';
  sheet.getCell('A1').font = { bold: true };
  const letters = Array.from({ length: columns }, (_, index) => columnLetter(index));
  const xml = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
  ];
  for (let row = 1; row <= rows; row++) xml.push(`<row r="${row}">${letters.map((letter) => `<c r="${letter}${row}" s="1"/>`).join('')}</row>`);
  xml.push('</sheetData></worksheet>');
  const sheetXml = xml.join('');
  return rewriteParts(Buffer.from(await workbook.xlsx.writeBuffer()), (name, text) => (name === 'xl/worksheets/sheet1.xml' ? sheetXml : text));
}

/** The workbook with each of its parts passed through `rewrite` (its name, its text): what no spreadsheet program would write. */
export function rewriteParts(workbook: Buffer, rewrite: (name: string, text: string) => string): Buffer {
  const directory = readZipDirectory(workbook, 100);
  if (!directory.ok) throw new Error(directory.reason);
  return buildZip(
    directory.entries.map((entry) => {
      const stored = findEntryData(workbook, entry)!;
      const data = entry.method === 8 ? inflateRawSync(stored) : stored;
      return { name: entry.name, data: Buffer.from(rewrite(entry.name, data.toString('utf8')), 'utf8') };
    }),
  );
}

function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

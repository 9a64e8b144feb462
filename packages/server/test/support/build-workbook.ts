import ExcelJS from 'exceljs';
import type { CellValue } from 'exceljs';

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

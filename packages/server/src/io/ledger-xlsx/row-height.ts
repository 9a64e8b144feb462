/**
 * How tall a row must be for its wrapped text. ExcelJS writes no heights, and LibreOffice and WPS do
 * not grow rows for wrapped text on opening, so without a height the lines of a long cell are cut off
 * or run into the next row, on screen and in print. We estimate instead of measuring fonts:
 * - a column's width is in Excel's units (the width of one digit of the default 11pt font), and a
 *   CJK or full-width character at 10pt is about two of them, any other character about one;
 * - a cell's lines are its explicit lines, each wrapped to the column width;
 * - a row is as tall as its tallest cell, ~15pt per line at 10pt, never more than Excel's 409pt.
 * The estimate leans high (a little white space is harmless, a cut-off line is not).
 */
export interface CellToFit {
  text: string;
  /** Width of the cell in Excel column units; for a merged cell, the sum of its columns. */
  width: number;
  /** Font size in points; 10 when not given. */
  fontSize?: number;
}

export const MAX_ROW_HEIGHT = 409;
const DEFAULT_FONT_SIZE = 10;
/** Line pitch relative to the font size: 10pt text needs ~15pt a line in Excel, WPS and LibreOffice. */
const LINE_PITCH = 1.5;
/** Space above and below the text inside a cell. */
const ROW_PADDING = 4;
/** Cell margins take about one unit of the column width. */
const CELL_MARGIN = 1;

/** Display width of a text in column units at 10pt: wide (CJK, full-width) characters count two. */
export function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += isWide(char.codePointAt(0) ?? 0) ? 2 : 1;
  return width;
}

/** Lines a text takes in a cell of the given width: its own lines, each wrapped. */
export function lineCount(cell: CellToFit): number {
  const scale = (cell.fontSize ?? DEFAULT_FONT_SIZE) / DEFAULT_FONT_SIZE;
  const available = Math.max(1, cell.width - CELL_MARGIN);
  return cell.text.split(/\r\n|\r|\n/).reduce((lines, line) => lines + Math.max(1, Math.ceil((textWidth(line) * scale) / available)), 0);
}

/** Height in points for a row holding these cells (empty cells need not be passed). */
export function rowHeightFor(cells: readonly CellToFit[], minimumFontSize = DEFAULT_FONT_SIZE): number {
  const heights = cells.filter((cell) => cell.text !== '').map((cell) => lineCount(cell) * (cell.fontSize ?? DEFAULT_FONT_SIZE) * LINE_PITCH + ROW_PADDING);
  const height = Math.max(minimumFontSize * LINE_PITCH + ROW_PADDING, ...heights);
  return Math.min(MAX_ROW_HEIGHT, Math.ceil(height));
}

/** East Asian wide and full-width ranges (Unicode UAX #11, the blocks offices' text uses). */
function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0x303e) ||
    (code >= 0x3041 && code <= 0x33ff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xa000 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd) ||
    // “ ” ‘ ’ — … are drawn full width by the Chinese fonts offices use (宋体, 仿宋).
    (code >= 0x2018 && code <= 0x201d) ||
    code === 0x2014 ||
    code === 0x2026
  );
}

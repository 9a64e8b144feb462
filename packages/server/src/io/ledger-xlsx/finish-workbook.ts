import { withQuotePrefix } from './formula-guard.js';
import { rewriteZipEntries } from './rewrite-zip-entries.js';

/**
 * What ExcelJS cannot write, added to the file it wrote: quotePrefix on the Text formats that hold
 * formula-like text (formula-guard.ts), and manual column breaks between the bands of a wide table
 * (print-setup.ts). The first worksheet is the one the breaks are for.
 */
export interface FinishOptions {
  /** 0-based index of the first column of each printed band after the first. */
  columnBreaks?: readonly number[];
}

const FIRST_SHEET = 'xl/worksheets/sheet1.xml';

export function finishWorkbook(xlsx: Buffer, options: FinishOptions = {}): Buffer {
  const breaks = options.columnBreaks ?? [];
  return rewriteZipEntries(xlsx, {
    'xl/styles.xml': withQuotePrefix,
    ...(breaks.length > 0 ? { [FIRST_SHEET]: (xml: string) => withColumnBreaks(xml, breaks) } : {}),
  });
}

/**
 * <colBreaks> goes right after <headerFooter> (and any <rowBreaks>), as the worksheet schema orders
 * them; a brk's id is the 0-based index of the column the new page starts with.
 */
function withColumnBreaks(xml: string, breaks: readonly number[]): string {
  const anchor = /<\/headerFooter>(<rowBreaks\b[\s\S]*?<\/rowBreaks>)?/.exec(xml);
  if (!anchor) throw new Error('worksheet without a header/footer: no place for column breaks');
  const items = breaks.map((id) => `<brk id="${id}" max="1048575" man="1"/>`).join('');
  const colBreaks = `<colBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${items}</colBreaks>`;
  const at = anchor.index + anchor[0].length;
  return xml.slice(0, at) + colBreaks + xml.slice(at);
}

/**
 * What an upload that is not a zip (so not an .xlsx) most likely is, to tell the office what to do:
 * a CSV table (CSV import is not supported: save it as .xlsx), other text (TXT, or the HTML/XML tables
 * some systems export as ".xls"), or bytes nothing recognises. Text is only text when it decodes as
 * UTF-8, UTF-16 (with its BOM) or GB18030 the way Chinese text is written (common characters), and
 * holds no control characters: random bytes are not "a text file".
 */
export type NotXlsxKind = 'NOT_XLSX_CSV' | 'NOT_XLSX_TEXT' | 'NOT_ZIP';

const SAMPLE_BYTES = 4096;

export function classifyNotXlsx(buffer: Buffer): NotXlsxKind {
  const text = decodeText(buffer.subarray(0, SAMPLE_BYTES), buffer.length > SAMPLE_BYTES);
  if (text === null || hasControlCharacter(text)) return 'NOT_ZIP';
  return looksLikeCsv(text, buffer.length > SAMPLE_BYTES) ? 'NOT_XLSX_CSV' : 'NOT_XLSX_TEXT';
}

/** Any control character but tab, line feed, form feed and carriage return. */
function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) || code === 0x7f) return true;
  }
  return false;
}

function decodeText(head: Buffer, isCut: boolean): string | null {
  if (head[0] === 0xff && head[1] === 0xfe) return decode('utf-16le', head.subarray(2), isCut);
  if (head[0] === 0xfe && head[1] === 0xff) return decode('utf-16be', head.subarray(2), isCut);
  const utf8 = decode('utf-8', head, isCut);
  if (utf8 !== null) return utf8;
  return isWrittenLikeGb2312(head) ? decode('gb18030', head, isCut) : null;
}

/** Decoded strictly; a sample cut from a longer file may end inside a character, so up to 3 bytes may go. */
function decode(encoding: string, bytes: Buffer, isCut: boolean): string | null {
  const decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: false });
  for (let drop = 0; drop <= (isCut ? 3 : 0); drop++) {
    try {
      return decoder.decode(bytes.subarray(0, bytes.length - drop));
    } catch {
      // try one byte shorter
    }
  }
  return null;
}

/**
 * Chinese text in GB18030 (GBK) is mostly ASCII and two-byte characters of GB2312's range (both bytes
 * 0xA1–0xFE); random bytes decode as valid GB18030 most of the time, but fall there about one pair in four.
 */
function isWrittenLikeGb2312(bytes: Buffer): boolean {
  let pairs = 0;
  let common = 0;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    if (byte < 0x80) continue;
    const next = bytes[i + 1] ?? 0;
    pairs++;
    if (byte >= 0xa1 && byte <= 0xf7 && next >= 0xa1 && next <= 0xfe) common++;
    i++;
  }
  return pairs === 0 || common / pairs >= 0.8;
}

/** Lines that all hold the same kind of separator (comma, tab or semicolon), as a table saved as text does. */
function looksLikeCsv(text: string, isCut: boolean): boolean {
  if (/^\uFEFF?\s*</.test(text)) return false;
  const lines = text.split(/\r\n|\n|\r/).filter((line) => line.trim() !== '');
  // The sample's last line may be cut short.
  const sample = (isCut && lines.length > 1 ? lines.slice(0, -1) : lines).slice(0, 20);
  if (sample.length === 0) return false;
  return [',', '\t', ';'].some((separator) => sample.filter((line) => line.includes(separator)).length >= Math.max(1, sample.length * 0.8));
}

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inspectXlsx } from './inspect-xlsx.js';
import type { XlsxInspection } from './inspect-xlsx.js';
import { MINIMAL_XLSX_PARTS, buildZip } from '../../../test/support/build-zip.js';

const example = readFileSync(new URL('./fixtures/example-master-ledger.xlsx', import.meta.url));

function codeOf(inspection: XlsxInspection): string | null {
  return inspection.ok ? null : inspection.problem.code;
}

describe('inspectXlsx', () => {
  it('accepts a real ledger workbook and counts its parts', () => {
    const inspection = inspectXlsx(example);
    expect(inspection.ok).toBe(true);
    if (inspection.ok) expect(inspection.entryCount).toBeGreaterThan(3);
  });

  it('says a CSV is not supported and how to save it as .xlsx, in UTF-8, GB18030 or UTF-16, commas or tabs', () => {
    const utf8 = Buffer.from('序号,重点任务,责任单位\r\n1,建设国家创新型城市,市科技局\r\n', 'utf8');
    const gb18030 = Buffer.from('d0f2bac52cd6d8b5e3c8cecef10d0a312cbda8c9e8b9fabcd2b4b4d0c2d0cdb3c7cad00d0a', 'hex'); // the same table in GB18030
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('序号\t重点任务\r\n1\t建设\r\n', 'utf16le')]);
    for (const file of [utf8, gb18030, utf16]) expect(codeOf(inspectXlsx(file))).toBe('NOT_XLSX_CSV');
    const inspection = inspectXlsx(utf8);
    if (!inspection.ok) {
      expect(inspection.problem.messageZh).toContain('不支持导入CSV');
      expect(inspection.problem.messageZh).toContain('另存为');
      expect(inspection.problem.messageZh).not.toContain('改了扩展名');
    }
  });

  it('tells other text (a note, an HTML table exported as .xls) from random bytes, which are not called a text file', () => {
    expect(codeOf(inspectXlsx(Buffer.from('这不是台账，只是一段说明文字。\n', 'utf8')))).toBe('NOT_XLSX_TEXT');
    expect(codeOf(inspectXlsx(Buffer.from('<html><body><table><tr><td>重点任务</td></tr></table></body></html>', 'utf8')))).toBe('NOT_XLSX_TEXT');
    // Bytes that hold no NUL or control character (what passed for text before), and a seeded stream.
    const highBytes = Buffer.from(Array.from({ length: 64 }, (_, i) => 0x80 + ((i * 37) % 128)));
    let seed = 7;
    const random = Buffer.from(Array.from({ length: 5000 }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) >> 16));
    for (const file of [highBytes, random]) {
      const inspection = inspectXlsx(file);
      expect(codeOf(inspection)).toBe('NOT_ZIP');
      if (!inspection.ok) expect(inspection.problem.messageZh).toContain('无法识别的文件（不是Excel工作簿）');
    }
  });

  it('recognises an old .xls (OLE) file specifically', () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
    const inspection = inspectXlsx(ole);
    expect(codeOf(inspection)).toBe('NOT_XLSX_OLD_XLS');
    if (!inspection.ok) expect(inspection.problem.messageZh).toContain('.xls');
  });

  it('refuses empty files, binary junk and files over the byte limit', () => {
    expect(codeOf(inspectXlsx(Buffer.alloc(0)))).toBe('EMPTY_FILE');
    expect(codeOf(inspectXlsx(Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01])))).toBe('NOT_ZIP');
    expect(codeOf(inspectXlsx(example, { maxBytes: 1000 }))).toBe('FILE_TOO_LARGE');
  });

  it('refuses a truncated zip as corrupt', () => {
    expect(codeOf(inspectXlsx(example.subarray(0, example.length - 30)))).toBe('CORRUPT_ZIP');
    expect(codeOf(inspectXlsx(example.subarray(0, 200)))).toBe('CORRUPT_ZIP');
  });

  it('refuses a zip whose parts declare more than the uncompressed limit', () => {
    const zip = buildZip([...MINIMAL_XLSX_PARTS, { name: 'xl/worksheets/sheet1.xml', data: 'x', declaredUncompressedSize: 4_000_000_000 }]);
    expect(codeOf(inspectXlsx(zip))).toBe('UNCOMPRESSED_TOO_LARGE');
  });

  it('refuses highly compressible content as a zip bomb', () => {
    const zeros = Buffer.alloc(20 * 1024 * 1024);
    const zip = buildZip([...MINIMAL_XLSX_PARTS, { name: 'xl/worksheets/sheet1.xml', data: zeros }]);
    expect(zip.length).toBeLessThan(100_000);
    expect(codeOf(inspectXlsx(zip))).toBe('SUSPICIOUS_COMPRESSION');
  });

  it('catches a part that unpacks to more than it declares', () => {
    const lying = { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(3 * 1024 * 1024, 0x61), declaredUncompressedSize: 1000 };
    expect(codeOf(inspectXlsx(buildZip([...MINIMAL_XLSX_PARTS, lying])))).toBe('SUSPICIOUS_COMPRESSION');
  });

  it('refuses too many entries without walking them', () => {
    const many = Array.from({ length: 50 }, (_, i) => ({ name: `xl/media/image${i}.png`, data: 'x' }));
    expect(codeOf(inspectXlsx(buildZip([...MINIMAL_XLSX_PARTS, ...many]), { maxEntries: 20 }))).toBe('TOO_MANY_ENTRIES');
  });

  it('refuses encrypted parts and zips that are not workbooks', () => {
    const encrypted = buildZip([...MINIMAL_XLSX_PARTS, { name: 'xl/worksheets/sheet1.xml', data: 'x', flags: 1 }]);
    expect(codeOf(inspectXlsx(encrypted))).toBe('ZIP_ENCRYPTED');
    const word = buildZip([
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'word/document.xml', data: '<w/>' },
    ]);
    const wordInspection = inspectXlsx(word);
    expect(codeOf(wordInspection)).toBe('NOT_XLSX_OTHER_OFFICE');
    if (!wordInspection.ok) expect(wordInspection.problem.messageZh).toContain('Word');
    const bare = buildZip([{ name: 'readme.txt', data: 'hello' }]);
    expect(codeOf(inspectXlsx(bare))).toBe('MISSING_WORKBOOK_PARTS');
  });
});

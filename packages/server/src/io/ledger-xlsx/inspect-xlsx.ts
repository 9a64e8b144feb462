import { inflateRawSync } from 'node:zlib';
import { classifyNotXlsx } from './classify-not-xlsx.js';
import { createProblem } from './import-problem.js';
import type { ImportProblem, ImportProblemCode } from './import-problem.js';
import { findEntryData, readZipDirectory } from '../../shared/zip-directory.js';
import type { ZipEntry } from '../../shared/zip-directory.js';

/**
 * Safety checks on an upload BEFORE ExcelJS sees it. An .xlsx is a zip; a hostile one can claim to
 * be small and unpack to gigabytes (zip bomb), or hide thousands of parts. We read the zip's table of
 * contents ourselves, check the declared sizes, then inflate each part with a hard output cap so a
 * part that lies about its size is caught too. Also tells the office WHAT they uploaded when it is
 * not an .xlsx (a CSV, an old .xls, a Word file).
 */
export interface XlsxLimits {
  maxBytes: number;
  maxUncompressedBytes: number;
  maxEntries: number;
  /** Per part, uncompressed : compressed. Normal sheet XML stays well under 100. */
  maxCompressionRatio: number;
}

export const DEFAULT_XLSX_LIMITS: XlsxLimits = {
  maxBytes: 10 * 1024 * 1024,
  maxUncompressedBytes: 50 * 1024 * 1024,
  maxEntries: 1000,
  maxCompressionRatio: 200,
};

export type XlsxInspection = { ok: true; entryCount: number; uncompressedBytes: number } | { ok: false; problem: ImportProblem };

/** Parts smaller than this cannot hurt, whatever their ratio (a tiny styles.xml compresses a lot). */
const RATIO_FLOOR_BYTES = 1024 * 1024;
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const REQUIRED_PARTS = ['[Content_Types].xml', 'xl/workbook.xml'];
const OTHER_OFFICE_PARTS: [string, string][] = [
  ['word/document.xml', 'Word文档（.docx）'],
  ['ppt/presentation.xml', 'PowerPoint演示文稿（.pptx）'],
  ['content.xml', 'WPS/OpenOffice文档（.ods/.odt），请另存为.xlsx'],
];

export function inspectXlsx(buffer: Buffer, limits: Partial<XlsxLimits> = {}): XlsxInspection {
  const limit = { ...DEFAULT_XLSX_LIMITS, ...limits };
  const formatProblem = checkFormat(buffer, limit);
  if (formatProblem) return formatProblem;
  const directory = readZipDirectory(buffer, limit.maxEntries);
  if (!directory.ok) {
    return directory.reason === 'too many entries' ? refuse('TOO_MANY_ENTRIES', String(limit.maxEntries)) : refuse('CORRUPT_ZIP', directory.reason);
  }
  const entries = directory.entries;
  const sizeProblem = checkDeclaredSizes(entries, limit);
  if (sizeProblem) return sizeProblem;
  const partsProblem = checkParts(entries);
  if (partsProblem) return partsProblem;
  const inflateProblem = checkActualSizes(buffer, entries);
  if (inflateProblem) return inflateProblem;
  const uncompressedBytes = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  return { ok: true, entryCount: entries.length, uncompressedBytes };
}

function refuse(code: ImportProblemCode, detail?: string): XlsxInspection {
  return { ok: false, problem: createProblem(code, {}, detail === undefined ? {} : { detail }) };
}

function checkFormat(buffer: Buffer, limit: XlsxLimits): XlsxInspection | null {
  if (buffer.length === 0) return refuse('EMPTY_FILE');
  if (buffer.length > limit.maxBytes) return refuse('FILE_TOO_LARGE', formatBytes(limit.maxBytes));
  if (buffer.subarray(0, 8).equals(OLE_MAGIC)) return refuse('NOT_XLSX_OLD_XLS');
  if (buffer.length >= 4 && buffer.readUInt32LE(0) === 0x04034b50) return null;
  return refuse(classifyNotXlsx(buffer));
}

function checkParts(entries: readonly ZipEntry[]): XlsxInspection | null {
  const names = new Set(entries.map((entry) => entry.name));
  if (entries.some((entry) => (entry.flags & 0x1) !== 0)) return refuse('ZIP_ENCRYPTED');
  const missing = REQUIRED_PARTS.filter((part) => !names.has(part));
  if (missing.length === 0) return null;
  const other = OTHER_OFFICE_PARTS.find(([part]) => names.has(part));
  return other ? refuse('NOT_XLSX_OTHER_OFFICE', other[1]) : refuse('MISSING_WORKBOOK_PARTS', missing.join('、'));
}

function checkDeclaredSizes(entries: readonly ZipEntry[], limit: XlsxLimits): XlsxInspection | null {
  let total = 0;
  for (const entry of entries) {
    total += entry.uncompressedSize;
    if (total > limit.maxUncompressedBytes) return refuse('UNCOMPRESSED_TOO_LARGE', formatBytes(limit.maxUncompressedBytes));
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (entry.uncompressedSize > RATIO_FLOOR_BYTES && ratio > limit.maxCompressionRatio) return refuse('SUSPICIOUS_COMPRESSION');
  }
  return null;
}

/**
 * Inflates every part with an output cap of its declared size + 1 byte: a part that unpacks to more
 * than it declared is refused the moment it passes the cap, before memory grows. Costs one pass over
 * at most maxUncompressedBytes, which the limits above already bound.
 */
function checkActualSizes(buffer: Buffer, entries: readonly ZipEntry[]): XlsxInspection | null {
  for (const entry of entries) {
    const data = findEntryData(buffer, entry);
    if (data === null) return refuse('CORRUPT_ZIP', `bad local header for ${entry.name}`);
    if (entry.method === 0) {
      if (data.length !== entry.uncompressedSize) return refuse('CORRUPT_ZIP', `size mismatch in ${entry.name}`);
      continue;
    }
    if (entry.method !== 8) return refuse('CORRUPT_ZIP', `unsupported compression in ${entry.name}`);
    const problem = inflateWithCap(data, entry);
    if (problem) return problem;
  }
  return null;
}

function inflateWithCap(data: Buffer, entry: ZipEntry): XlsxInspection | null {
  try {
    const output = inflateRawSync(data, { maxOutputLength: entry.uncompressedSize + 1 });
    return output.length === entry.uncompressedSize ? null : refuse('CORRUPT_ZIP', `size mismatch in ${entry.name}`);
  } catch (error) {
    const isOverCap = error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE';
    return isOverCap ? refuse('SUSPICIOUS_COMPRESSION') : refuse('CORRUPT_ZIP', `cannot unpack ${entry.name}`);
  }
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB` : `${Math.round(bytes / 1024)} KB`;
}

/**
 * Reads a zip's central directory (the table of contents at the end of the file) without unpacking
 * anything, so an upload can be judged before ExcelJS inflates it. Layout per PKWARE APPNOTE 4.3.
 */
export interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export type ZipDirectory = { ok: true; entries: ZipEntry[] } | { ok: false; reason: string; entryCount?: number };

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const SATURATED_32 = 0xffffffff;

interface DirectoryBounds {
  entryCount: number;
  size: number;
  offset: number;
}

/** `maxEntries` is checked before the entries are walked, so a forged count costs nothing. */
export function readZipDirectory(buffer: Buffer, maxEntries: number): ZipDirectory {
  const eocd = findEndOfCentralDirectory(buffer);
  if (eocd < 0) return { ok: false, reason: 'end of central directory not found' };
  const bounds = readBounds(buffer, eocd);
  if (typeof bounds === 'string') return { ok: false, reason: bounds };
  if (bounds.entryCount > maxEntries) return { ok: false, reason: 'too many entries', entryCount: bounds.entryCount };
  if (bounds.offset + bounds.size > buffer.length) return { ok: false, reason: 'central directory outside the file' };
  const entries: ZipEntry[] = [];
  let at = bounds.offset;
  for (let i = 0; i < bounds.entryCount; i++) {
    const entry = readEntry(buffer, at);
    if (typeof entry === 'string') return { ok: false, reason: entry };
    entries.push(entry.entry);
    at = entry.next;
  }
  return { ok: true, entries };
}

function findEndOfCentralDirectory(buffer: Buffer): number {
  const lowest = Math.max(0, buffer.length - EOCD_SIZE - MAX_COMMENT);
  for (let at = buffer.length - EOCD_SIZE; at >= lowest; at--) {
    if (buffer.readUInt32LE(at) === EOCD_SIGNATURE) return at;
  }
  return -1;
}

function readBounds(buffer: Buffer, eocd: number): DirectoryBounds | string {
  if (buffer.readUInt16LE(eocd + 4) !== 0 || buffer.readUInt16LE(eocd + 6) !== 0) return 'multi-part archive';
  const bounds = {
    entryCount: buffer.readUInt16LE(eocd + 10),
    size: buffer.readUInt32LE(eocd + 12),
    offset: buffer.readUInt32LE(eocd + 16),
  };
  const isZip64 = bounds.entryCount === 0xffff || bounds.size === SATURATED_32 || bounds.offset === SATURATED_32;
  return isZip64 ? readZip64Bounds(buffer, eocd) : bounds;
}

function readZip64Bounds(buffer: Buffer, eocd: number): DirectoryBounds | string {
  const locator = eocd - 20;
  if (locator < 0 || buffer.readUInt32LE(locator) !== ZIP64_LOCATOR_SIGNATURE) return 'zip64 locator missing';
  const record = safeNumber(buffer.readBigUInt64LE(locator + 8));
  if (record === null || record + 56 > buffer.length || buffer.readUInt32LE(record) !== ZIP64_EOCD_SIGNATURE) {
    return 'zip64 directory record missing';
  }
  const entryCount = safeNumber(buffer.readBigUInt64LE(record + 32));
  const size = safeNumber(buffer.readBigUInt64LE(record + 40));
  const offset = safeNumber(buffer.readBigUInt64LE(record + 48));
  if (entryCount === null || size === null || offset === null) return 'zip64 sizes out of range';
  return { entryCount, size, offset };
}

function readEntry(buffer: Buffer, at: number): { entry: ZipEntry; next: number } | string {
  if (at + 46 > buffer.length || buffer.readUInt32LE(at) !== CENTRAL_SIGNATURE) return 'bad central directory entry';
  const nameLength = buffer.readUInt16LE(at + 28);
  const extraLength = buffer.readUInt16LE(at + 30);
  const commentLength = buffer.readUInt16LE(at + 32);
  const next = at + 46 + nameLength + extraLength + commentLength;
  if (next > buffer.length) return 'central directory entry runs past the end';
  const entry: ZipEntry = {
    name: buffer.toString('utf8', at + 46, at + 46 + nameLength),
    flags: buffer.readUInt16LE(at + 8),
    method: buffer.readUInt16LE(at + 10),
    crc32: buffer.readUInt32LE(at + 16),
    compressedSize: buffer.readUInt32LE(at + 20),
    uncompressedSize: buffer.readUInt32LE(at + 24),
    localHeaderOffset: buffer.readUInt32LE(at + 42),
  };
  const extra = buffer.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength);
  return applyZip64Extra(entry, extra) ? { entry, next } : 'bad zip64 extra field';
}

/** Sizes that do not fit 32 bits are saturated and given again, in this order, in extra field 0x0001. */
function applyZip64Extra(entry: ZipEntry, extra: Buffer): boolean {
  for (let at = 0; at + 4 <= extra.length;) {
    const id = extra.readUInt16LE(at);
    const size = extra.readUInt16LE(at + 2);
    if (id === 0x0001) {
      let field = at + 4;
      for (const key of ['uncompressedSize', 'compressedSize', 'localHeaderOffset'] as const) {
        if (entry[key] !== SATURATED_32) continue;
        if (field + 8 > at + 4 + size || field + 8 > extra.length) return false;
        const value = safeNumber(extra.readBigUInt64LE(field));
        if (value === null) return false;
        entry[key] = value;
        field += 8;
      }
    }
    at += 4 + size;
  }
  return true;
}

function safeNumber(value: bigint): number | null {
  return value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : null;
}

/** Where an entry's (compressed) data starts, from its local header; null when the header is bad. */
export function findEntryData(buffer: Buffer, entry: ZipEntry): Buffer | null {
  const at = entry.localHeaderOffset;
  if (at + 30 > buffer.length || buffer.readUInt32LE(at) !== 0x04034b50) return null;
  const start = at + 30 + buffer.readUInt16LE(at + 26) + buffer.readUInt16LE(at + 28);
  const end = start + entry.compressedSize;
  return end > buffer.length ? null : buffer.subarray(start, end);
}

import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import { findEntryData, readZipDirectory } from '../../shared/zip-directory.js';

/**
 * A zip (an .xlsx we just wrote) with some entries' text changed and every other entry copied as is.
 * Used to add what ExcelJS cannot write (finish-workbook.ts). Only for our own archives: no zip64,
 * no encryption, entries stored or deflated.
 */
const LOCAL_SIGNATURE = 0x04034b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const EOCD_SIGNATURE = 0x06054b50;
const DATA_DESCRIPTOR_FLAG = 0x0008;
const UTF8_FLAG = 0x0800;
const DEFLATE = 8;

interface WrittenEntry {
  name: Buffer;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
}

export function rewriteZipEntries(zip: Buffer, changes: Readonly<Record<string, (text: string) => string>>): Buffer {
  const directory = readZipDirectory(zip, 10_000);
  if (!directory.ok) throw new Error(`cannot rewrite zip: ${directory.reason}`);
  const parts: Buffer[] = [];
  const written: WrittenEntry[] = [];
  let offset = 0;
  for (const entry of directory.entries) {
    const raw = findEntryData(zip, entry);
    if (raw === null) throw new Error(`cannot rewrite zip: bad entry ${entry.name}`);
    let data = raw;
    let { method, crc32: crc, uncompressedSize: size } = entry;
    const change = Object.hasOwn(changes, entry.name) ? changes[entry.name] : undefined;
    if (change) {
      const text = change((method === DEFLATE ? inflateRawSync(raw) : raw).toString('utf8'));
      const plain = Buffer.from(text, 'utf8');
      data = deflateRawSync(plain);
      method = DEFLATE;
      crc = crc32(plain);
      size = plain.length;
    }
    // Sizes go in the local header, so no data descriptor follows the data.
    const fileName = Buffer.from(entry.name, 'utf8');
    const flags = (entry.flags & ~DATA_DESCRIPTOR_FLAG) | UTF8_FLAG;
    const record: WrittenEntry = { name: fileName, flags, method, crc, compressedSize: data.length, size, offset };
    const header = localHeader(record);
    parts.push(header, data);
    written.push(record);
    offset += header.length + data.length;
  }
  const central = Buffer.concat(written.map(centralHeader));
  parts.push(central, endOfCentralDirectory(written.length, central.length, offset));
  return Buffer.concat(parts);
}

function localHeader(entry: WrittenEntry): Buffer {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(LOCAL_SIGNATURE, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(entry.flags, 6);
  header.writeUInt16LE(entry.method, 8);
  header.writeUInt32LE(0, 10); // time and date: 1980-01-01, as reproducible builds write
  header.writeUInt32LE(entry.crc >>> 0, 14);
  header.writeUInt32LE(entry.compressedSize, 18);
  header.writeUInt32LE(entry.size, 22);
  header.writeUInt16LE(entry.name.length, 26);
  header.writeUInt16LE(0, 28);
  return Buffer.concat([header, entry.name]);
}

function centralHeader(entry: WrittenEntry): Buffer {
  const header = Buffer.alloc(46);
  header.writeUInt32LE(CENTRAL_SIGNATURE, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(20, 6);
  header.writeUInt16LE(entry.flags, 8);
  header.writeUInt16LE(entry.method, 10);
  header.writeUInt32LE(0, 12);
  header.writeUInt32LE(entry.crc >>> 0, 16);
  header.writeUInt32LE(entry.compressedSize, 20);
  header.writeUInt32LE(entry.size, 24);
  header.writeUInt16LE(entry.name.length, 28);
  header.writeUInt32LE(entry.offset, 42);
  return Buffer.concat([header, entry.name]);
}

function endOfCentralDirectory(count: number, size: number, offset: number): Buffer {
  const record = Buffer.alloc(22);
  record.writeUInt32LE(EOCD_SIGNATURE, 0);
  record.writeUInt16LE(count, 8);
  record.writeUInt16LE(count, 10);
  record.writeUInt32LE(size, 12);
  record.writeUInt32LE(offset, 16);
  return record;
}

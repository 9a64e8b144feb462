import { crc32, deflateRawSync } from 'node:zlib';

/**
 * Test helper: writes a zip byte by byte so tests can forge what a hostile upload would carry
 * (declared sizes that lie, encrypted flags, thousands of entries) — things no zip library produces.
 */
export interface ZipSpecEntry {
  name: string;
  data: Buffer | string;
  /** Deflate the data (default true). */
  compress?: boolean;
  /** Size written in the headers instead of the real one. */
  declaredUncompressedSize?: number;
  flags?: number;
}

export const MINIMAL_XLSX_PARTS: ZipSpecEntry[] = [
  { name: '[Content_Types].xml', data: '<?xml version="1.0"?><Types/>' },
  { name: 'xl/workbook.xml', data: '<?xml version="1.0"?><workbook/>' },
];

export function buildZip(entries: readonly ZipSpecEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const data = Buffer.isBuffer(entry.data) ? entry.data : Buffer.from(entry.data, 'utf8');
    const isCompressed = entry.compress ?? true;
    const stored = isCompressed ? deflateRawSync(data) : data;
    const name = Buffer.from(entry.name, 'utf8');
    const fields = {
      flags: entry.flags ?? 0,
      method: isCompressed ? 8 : 0,
      crc: crc32(data),
      compressed: stored.length,
      uncompressed: entry.declaredUncompressedSize ?? data.length,
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    writeSharedFields(local, 6, fields, name.length);
    locals.push(local, name, stored);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    writeSharedFields(central, 8, fields, name.length);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + stored.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** flags, method, time, date, crc, sizes, name length: the same run in local and central headers. */
function writeSharedFields(
  header: Buffer,
  at: number,
  fields: { flags: number; method: number; crc: number; compressed: number; uncompressed: number },
  nameLength: number,
): void {
  header.writeUInt16LE(fields.flags, at);
  header.writeUInt16LE(fields.method, at + 2);
  header.writeUInt32LE(0, at + 4);
  header.writeUInt32LE(fields.crc, at + 8);
  header.writeUInt32LE(fields.compressed, at + 12);
  header.writeUInt32LE(fields.uncompressed, at + 16);
  header.writeUInt16LE(nameLength, at + 20);
}

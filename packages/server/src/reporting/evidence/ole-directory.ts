/**
 * Names of the streams and storages in an OLE compound file (legacy .doc/.xls, but also .msi
 * installers), read from its directory without interpreting anything else. Layout per [MS-CFB].
 * Returns null for a file that is not a well-formed compound file.
 */
export const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

const END_OF_CHAIN = 0xfffffffe;
const FREE_SECTOR = 0xffffffff;
const HEADER_DIFAT_ENTRIES = 109;
const DIRECTORY_ENTRY_SIZE = 128;

export interface OleEntry {
  name: string;
  /** 1 storage, 2 stream, 5 root. */
  type: number;
}

interface Layout {
  buffer: Buffer;
  sectorSize: number;
  sectorCount: number;
}

export function readOleDirectory(buffer: Buffer): OleEntry[] | null {
  try {
    return readDirectory(buffer);
  } catch (error) {
    // A sector that points past the end of a truncated file.
    if (error instanceof RangeError) return null;
    throw error;
  }
}

function readDirectory(buffer: Buffer): OleEntry[] | null {
  if (buffer.length < 512 || !buffer.subarray(0, 8).equals(OLE_SIGNATURE)) return null;
  const shift = buffer.readUInt16LE(0x1e);
  if (shift !== 9 && shift !== 12) return null;
  const sectorSize = 1 << shift;
  const layout: Layout = { buffer, sectorSize, sectorCount: Math.ceil((buffer.length - sectorSize) / sectorSize) };
  const fatSectors = readDifat(layout);
  if (fatSectors === null) return null;
  const fat = readFat(layout, fatSectors);
  if (fat === null) return null;
  const chain = followChain(layout, fat, buffer.readUInt32LE(0x30));
  if (chain === null) return null;
  const entries: OleEntry[] = [];
  for (const sector of chain) {
    for (let at = sectorOffset(layout, sector); at + DIRECTORY_ENTRY_SIZE <= sectorOffset(layout, sector) + sectorSize; at += DIRECTORY_ENTRY_SIZE) {
      const type = buffer[at + 0x42]!;
      const nameBytes = buffer.readUInt16LE(at + 0x40);
      if (type === 0 || nameBytes < 2 || nameBytes > 64) continue;
      entries.push({ name: buffer.toString('utf16le', at, at + nameBytes - 2), type });
    }
  }
  return entries;
}

function sectorOffset(layout: Layout, sector: number): number {
  return (sector + 1) * layout.sectorSize;
}

function isSector(layout: Layout, sector: number): boolean {
  return sector < layout.sectorCount;
}

/** The FAT's own sectors: 109 listed in the header, the rest in a chain of DIFAT sectors. */
function readDifat(layout: Layout): number[] | null {
  const { buffer, sectorSize } = layout;
  const count = buffer.readUInt32LE(0x2c);
  if (count > layout.sectorCount) return null;
  const sectors: number[] = [];
  for (let i = 0; i < HEADER_DIFAT_ENTRIES && sectors.length < count; i++) sectors.push(buffer.readUInt32LE(0x4c + i * 4));
  let next = buffer.readUInt32LE(0x44);
  const perSector = sectorSize / 4 - 1;
  for (let hops = 0; sectors.length < count; hops++) {
    if (!isSector(layout, next) || hops > layout.sectorCount) return null;
    const at = sectorOffset(layout, next);
    for (let i = 0; i < perSector && sectors.length < count; i++) sectors.push(buffer.readUInt32LE(at + i * 4));
    next = buffer.readUInt32LE(at + perSector * 4);
  }
  return sectors.every((sector) => isSector(layout, sector)) ? sectors : null;
}

function readFat(layout: Layout, fatSectors: number[]): Uint32Array | null {
  const perSector = layout.sectorSize / 4;
  const fat = new Uint32Array(fatSectors.length * perSector);
  fatSectors.forEach((sector, index) => {
    const at = sectorOffset(layout, sector);
    for (let i = 0; i < perSector; i++) fat[index * perSector + i] = layout.buffer.readUInt32LE(at + i * 4);
  });
  return fat;
}

/** A sector chain, refusing loops and sectors outside the file. */
function followChain(layout: Layout, fat: Uint32Array, first: number): number[] | null {
  const chain: number[] = [];
  const seen = new Set<number>();
  for (let sector = first; sector !== END_OF_CHAIN; sector = fat[sector] ?? FREE_SECTOR) {
    if (sector === FREE_SECTOR || !isSector(layout, sector) || seen.has(sector)) return null;
    seen.add(sector);
    chain.push(sector);
  }
  return chain;
}

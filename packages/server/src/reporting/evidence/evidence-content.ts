import { readZipDirectory } from '../../shared/zip-directory.js';
import { OLE_SIGNATURE, readOleDirectory } from './ole-directory.js';

/**
 * What an evidence file is, judged by its content (magic bytes and container directories), never by
 * its name: PDF, PNG, JPEG, GIF, WEBP, Word/Excel/PowerPoint (OOXML), legacy Word/Excel (OLE), plain
 * UTF-8 text. Programs, scripts, documents with macros and anything unrecognised are refused.
 */
export type EvidenceKind = 'pdf' | 'png' | 'jpeg' | 'gif' | 'webp' | 'docx' | 'xlsx' | 'pptx' | 'doc' | 'xls' | 'text';

export type ContentVerdict = { ok: true; kind: EvidenceKind; mimeType: string } | { ok: false; reason: string };

export const EVIDENCE_MIME_TYPES: Record<EvidenceKind, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
  text: 'text/plain; charset=utf-8',
};

/** Headers of programs on the platforms staff use: Windows (MZ), Linux (ELF), macOS (Mach-O), Java, wasm. */
const EXECUTABLE_MAGIC: { name: string; bytes: number[] }[] = [
  { name: 'windows executable (MZ)', bytes: [0x4d, 0x5a] },
  { name: 'ELF executable', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: 'Mach-O executable', bytes: [0xfe, 0xed, 0xfa, 0xce] },
  { name: 'Mach-O executable', bytes: [0xfe, 0xed, 0xfa, 0xcf] },
  { name: 'Mach-O executable', bytes: [0xce, 0xfa, 0xed, 0xfe] },
  { name: 'Mach-O executable', bytes: [0xcf, 0xfa, 0xed, 0xfe] },
  { name: 'Mach-O universal binary or Java class', bytes: [0xca, 0xfe, 0xba, 0xbe] },
  { name: 'WebAssembly module', bytes: [0x00, 0x61, 0x73, 0x6d] },
  { name: 'script (#!)', bytes: [0x23, 0x21] },
];

const SIGNATURES: { kind: EvidenceKind; bytes: (number | null)[] }[] = [
  { kind: 'pdf', bytes: [...Buffer.from('%PDF-')] },
  { kind: 'png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { kind: 'jpeg', bytes: [0xff, 0xd8, 0xff] },
  { kind: 'gif', bytes: [...Buffer.from('GIF87a')] },
  { kind: 'gif', bytes: [...Buffer.from('GIF89a')] },
  // RIFF, four bytes of size, WEBP.
  { kind: 'webp', bytes: [...Buffer.from('RIFF'), null, null, null, null, ...Buffer.from('WEBP')] },
];

function startsWith(content: Buffer, bytes: readonly (number | null)[]): boolean {
  return content.length >= bytes.length && bytes.every((byte, index) => byte === null || content[index] === byte);
}

const accept = (kind: EvidenceKind): ContentVerdict => ({ ok: true, kind, mimeType: EVIDENCE_MIME_TYPES[kind] });
const refuse = (reason: string): ContentVerdict => ({ ok: false, reason });

export function detectEvidenceContent(content: Buffer): ContentVerdict {
  if (content.length === 0) return refuse('empty file');
  const executable = EXECUTABLE_MAGIC.find((magic) => startsWith(content, magic.bytes));
  if (executable) return refuse(executable.name);
  const signature = SIGNATURES.find((candidate) => startsWith(content, candidate.bytes));
  if (signature) return accept(signature.kind);
  if (startsWith(content, [0x50, 0x4b, 0x03, 0x04])) return judgeOfficeZip(content);
  if (startsWith(content, [...OLE_SIGNATURE])) return judgeOleDocument(content);
  return judgeText(content);
}

const MAX_ZIP_ENTRIES = 10_000;

/** OOXML is a zip with `[Content_Types].xml`; which application is told by its main folder. */
function judgeOfficeZip(content: Buffer): ContentVerdict {
  const directory = readZipDirectory(content, MAX_ZIP_ENTRIES);
  if (!directory.ok) return refuse(`unreadable zip: ${directory.reason}`);
  const names = directory.entries.map((entry) => entry.name);
  if (!names.includes('[Content_Types].xml')) return refuse('zip archive that is not an Office document');
  if (names.some((name) => /(^|\/)vbaProject\.bin$/i.test(name))) return refuse('Office document with macros');
  const folders: [string, EvidenceKind][] = [
    ['word/', 'docx'],
    ['xl/', 'xlsx'],
    ['ppt/', 'pptx'],
  ];
  const match = folders.find(([folder]) => names.some((name) => name.startsWith(folder)));
  return match ? accept(match[1]) : refuse('Office package of an unknown kind');
}

/** Legacy Word has a `WordDocument` stream, legacy Excel a `Workbook` (or `Book`); installers neither. */
function judgeOleDocument(content: Buffer): ContentVerdict {
  const entries = readOleDirectory(content);
  if (entries === null) return refuse('unreadable OLE compound file');
  const names = new Set(entries.map((entry) => entry.name));
  if (['Macros', '_VBA_PROJECT_CUR', 'VBA', '_VBA_PROJECT'].some((name) => names.has(name))) return refuse('Office document with macros');
  if (names.has('WordDocument')) return accept('doc');
  if (names.has('Workbook') || names.has('Book')) return accept('xls');
  return refuse('OLE compound file that is neither a Word nor an Excel document');
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
/** Markup a browser would run: such "text" is a web page or a script, not a note. */
const ACTIVE_MARKUP = /<\s*(script|html|svg|iframe|object|embed|\?php)\b|<!doctype\s+html|<%/i;

/** Plain text: valid UTF-8, no control characters except tab, line breaks and form feed. */
function judgeText(content: Buffer): ContentVerdict {
  let text: string;
  try {
    text = utf8.decode(content);
  } catch {
    return refuse('unrecognised binary content');
  }
  // eslint-disable-next-line no-control-regex -- looking for exactly these characters
  if (/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(text)) return refuse('unrecognised binary content');
  if (ACTIVE_MARKUP.test(text)) return refuse('web page or script');
  return accept('text');
}

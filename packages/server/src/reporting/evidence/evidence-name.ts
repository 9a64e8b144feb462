import type { EvidenceKind } from './evidence-content.js';
import { EVIDENCE_MIME_TYPES } from './evidence-content.js';

/**
 * Evidence keeps the name people gave the file (a Chinese title, usually) for display and download,
 * made harmless: no folders, no `..`, no control or direction-changing characters, nothing Windows
 * cannot save. The name never reaches the disk; files are stored under their content hash.
 */
const MAX_NAME_LENGTH = 200;
export const UNNAMED_FILE = '未命名文件';

// eslint-disable-next-line no-control-regex -- removing exactly these characters
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
/** Bidirectional overrides and zero-width marks: they make `txt.exe` look like `exe.txt`. */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
const RESERVED = /[<>:"|?*]/g;

export function sanitiseFileName(raw: string): string {
  const lastSegment = raw.normalize('NFC').split(/[/\\]/).pop() ?? '';
  const cleaned = lastSegment
    .replace(CONTROL, '')
    .replace(INVISIBLE, '')
    .replace(RESERVED, '_')
    .trim()
    // Leading dots hide a file (or make `..`); trailing dots and spaces Windows drops silently.
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '');
  return cleaned === '' ? UNNAMED_FILE : truncateKeepingExtension(cleaned);
}

function truncateKeepingExtension(name: string): string {
  const chars = [...name];
  if (chars.length <= MAX_NAME_LENGTH) return name;
  const extension = extensionOf(name);
  const keep = MAX_NAME_LENGTH - (extension === null ? 0 : extension.length + 1);
  return chars.slice(0, keep).join('') + (extension === null ? '' : `.${extension}`);
}

/** The lower-case extension after the last dot, or null. */
export function extensionOf(name: string): string | null {
  const match = /\.([A-Za-z0-9]{1,10})$/.exec(name);
  return match ? match[1]!.toLowerCase() : null;
}

/** Names a desktop would run when opened, whatever the content looked like. */
const RUNNABLE_EXTENSIONS = new Set([
  'exe', 'com', 'scr', 'pif', 'bat', 'cmd', 'msi', 'msp', 'dll', 'cpl', 'sys', 'jar', 'js', 'jse', 'vbs', 'vbe', 'wsf', 'wsh', 'hta',
  'ps1', 'psm1', 'lnk', 'reg', 'sh', 'bash', 'zsh', 'csh', 'py', 'pl', 'rb', 'php', 'app', 'apk', 'deb', 'rpm', 'run', 'bin', 'elf',
  'html', 'htm', 'xhtml', 'svg', 'xml', 'docm', 'xlsm', 'pptm', 'dotm', 'xltm',
]); // prettier-ignore

export function hasRunnableExtension(name: string): boolean {
  const extension = extensionOf(name);
  return extension !== null && RUNNABLE_EXTENSIONS.has(extension);
}

const EXTENSIONS: Record<EvidenceKind, string[]> = {
  pdf: ['pdf'],
  png: ['png'],
  jpeg: ['jpg', 'jpeg', 'jpe'],
  gif: ['gif'],
  webp: ['webp'],
  docx: ['docx'],
  xlsx: ['xlsx'],
  pptx: ['pptx'],
  doc: ['doc'],
  xls: ['xls'],
  text: ['txt', 'csv', 'tsv', 'md', 'log', 'json'],
};

/**
 * The name a download is saved under: the display name, with the extension of what the file really
 * is added when the name says otherwise, so the desktop opens it with the right program.
 */
export function downloadName(displayName: string, kind: EvidenceKind): string {
  const extension = extensionOf(displayName);
  const expected = EXTENSIONS[kind];
  return extension !== null && expected.includes(extension) ? displayName : `${displayName}.${expected[0]}`;
}

/** The kind a stored MIME type stands for (evidence rows keep the MIME type detected at upload). */
export function kindOfMimeType(mimeType: string): EvidenceKind | null {
  const kinds = Object.keys(EVIDENCE_MIME_TYPES) as EvidenceKind[];
  return kinds.find((kind) => EVIDENCE_MIME_TYPES[kind] === mimeType) ?? null;
}

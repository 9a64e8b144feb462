import type { Evidence } from '@plantrack/contract/reporting/evidence/evidence.contract';
import { downloadName, kindOfMimeType } from './evidence-name.js';

/** An evidence file as lists show it; its hash and storage stay on the server. */
export function presentEvidence(row: { id: number; originalName: string; mimeType: string; sizeBytes: number; uploadedAt: string }): Evidence {
  return {
    id: row.id,
    originalName: row.originalName,
    mimeType: row.mimeType,
    sizeBytes: Number(row.sizeBytes),
    uploadedAt: row.uploadedAt,
    downloadUrl: `/api/evidence/${row.id}`,
  };
}

/** RFC 5987 `ext-value`: UTF-8, percent-encoded, with the characters encodeURIComponent leaves alone but the RFC does not. */
function encodeExtValue(text: string): string {
  return encodeURIComponent(text).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * Always an attachment, never shown inline: the browser saves the file under its (Chinese) name and
 * never guesses another type (nosniff). The app-wide security headers (CSP, no-store) apply as well.
 */
export function downloadHeaders(row: { id: number; originalName: string; mimeType: string }, sizeBytes: number): Record<string, string> {
  const kind = kindOfMimeType(row.mimeType);
  const name = kind === null ? row.originalName : downloadName(row.originalName, kind);
  const extension = /\.[A-Za-z0-9]{1,10}$/.exec(name)?.[0] ?? '';
  // Old clients read only `filename`: plain ASCII, so a Chinese name becomes `evidence-12.pdf` there.
  const asciiName = /^[\x20-\x7e]+$/.test(name) && !/["\\]/.test(name) ? name : `evidence-${row.id}${extension}`;
  return {
    'content-type': row.mimeType,
    'content-length': String(sizeBytes),
    'content-disposition': `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeExtValue(name)}`,
    'x-content-type-options': 'nosniff',
  };
}

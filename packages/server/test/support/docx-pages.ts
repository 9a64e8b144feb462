import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { inflateRawSync } from 'node:zlib';
import { findEntryData, readZipDirectory } from '../../src/shared/zip-directory.js';
import { convertWithLibreOffice } from './ledger-fixtures.js';

const run = promisify(execFile);

/** One part of a .docx (word/document.xml …) as text. */
export function docxPart(docx: Buffer, name: string): string {
  const directory = readZipDirectory(docx, 1000);
  if (!directory.ok) throw new Error(directory.reason);
  const entry = directory.entries.find((e) => e.name === name);
  if (!entry) throw new Error(`no ${name}`);
  const data = findEntryData(docx, entry) ?? Buffer.alloc(0);
  return (entry.method === 0 ? data : inflateRawSync(data)).toString('utf8');
}

/**
 * The document as LibreOffice lays it out: converted to PDF, then each page's text (poppler's
 * pdftotext separates pages with a form feed). Spaces are dropped, since a justified CJK line
 * comes out with gaps between its characters.
 */
export async function docxPages(docx: Buffer): Promise<string[]> {
  const pdf = await convertWithLibreOffice(docx, 'docx', 'pdf');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plantrack-pdf-'));
  try {
    const input = path.join(dir, 'input.pdf');
    fs.writeFileSync(input, pdf);
    const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', input, '-'], { maxBuffer: 64 * 1024 * 1024 });
    const pages = stdout.split('\f').map((page) => page.replace(/\s+/g, ''));
    return pages.at(-1)?.trim() === '' ? pages.slice(0, -1) : pages;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

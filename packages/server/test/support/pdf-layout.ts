import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

/**
 * Where the words of a PDF are, per page (poppler's `pdftotext -bbox`), to check a printed table the
 * way a reader would: the text is there, on the page, and no line is drawn over another. A PDF keeps
 * the text a cell clips, so "the text is in the PDF" alone would not show that a row is too short;
 * a too-short row draws its extra lines over its neighbours or off the page, which this sees.
 */
export interface PdfWord {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface PdfPage {
  width: number;
  height: number;
  words: PdfWord[];
}

const run = promisify(execFile);

export async function readPdfWords(pdf: Buffer): Promise<PdfPage[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plantrack-pdf-'));
  try {
    const file = path.join(dir, 'file.pdf');
    fs.writeFileSync(file, pdf);
    const { stdout } = await run('pdftotext', ['-bbox', file, '-'], { maxBuffer: 256 * 1024 * 1024 });
    return parseBbox(stdout);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function parseBbox(html: string): PdfPage[] {
  const pages: PdfPage[] = [];
  for (const match of html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)) {
    const words = [...(match[3] ?? '').matchAll(/<word xMin="([-\d.]+)" yMin="([-\d.]+)" xMax="([-\d.]+)" yMax="([-\d.]+)">([^<]*)<\/word>/g)].map((word) => ({
      xMin: Number(word[1]),
      yMin: Number(word[2]),
      xMax: Number(word[3]),
      yMax: Number(word[4]),
      text: unescapeHtml(word[5] ?? ''),
    }));
    pages.push({ width: Number(match[1]), height: Number(match[2]), words });
  }
  return pages;
}

function unescapeHtml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/**
 * The text in the order it was drawn (`pdftotext -raw`: LibreOffice draws a cell's lines one after
 * another), without white space, to look for a cell's text that the print wrapped over lines.
 */
export async function readPdfCompactText(pdf: Buffer): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plantrack-pdf-'));
  try {
    const file = path.join(dir, 'file.pdf');
    fs.writeFileSync(file, pdf);
    const { stdout } = await run('pdftotext', ['-raw', file, '-'], { maxBuffer: 256 * 1024 * 1024 });
    return stdout.replace(/\s+/g, '');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Words drawn partly off the page, or over another word (by more than a point each way). */
export function findCollisions(page: PdfPage): string[] {
  const problems: string[] = [];
  const words = [...page.words].sort((a, b) => a.yMin - b.yMin);
  words.forEach((word, index) => {
    if (word.xMin < 0 || word.yMin < 0 || word.xMax > page.width || word.yMax > page.height) problems.push(`off the page: ${word.text}`);
    for (const other of words.slice(index + 1)) {
      if (other.yMin >= word.yMax - 1) break;
      const overlapX = Math.min(word.xMax, other.xMax) - Math.max(word.xMin, other.xMin);
      if (overlapX > 1) problems.push(`“${word.text}” over “${other.text}”`);
    }
  });
  return problems;
}

/** A3 landscape in points (420 × 297 mm), rounded as `pageSize` rounds. */
export const A3_LANDSCAPE = { width: 1191, height: 842 };

export function pageSize(page: PdfPage): { width: number; height: number } {
  return { width: Math.round(page.width), height: Math.round(page.height) };
}

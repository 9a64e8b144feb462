import { createHash, createHmac } from 'node:crypto';
import type { Actor } from '../../auth/actor.js';
import type { Db } from '../../db/database.js';
import type { LedgerKind, ReadLedgerResult } from '../ledger-xlsx/index.js';
import { requireSecretKeys } from '../../keys/secret-keys.js';
import { LruCache } from '../../shared/lru-cache.js';
import { analyseLedgerImport } from './analyse-ledger-import.js';
import { parseWorkbookIsolated } from './parse-workbook-isolated.js';
import type { ImportAnalysis, LedgerImportPreview } from './ledger-import.types.js';

export interface LedgerImportInput {
  content: Buffer;
  fileName: string | null;
  kind: LedgerKind;
  /** Year for quarter columns and deadlines that name none ("一季度"); otherwise they are problems. */
  year?: number | undefined;
}

/**
 * Files read lately, by their SHA-256, ledger and year: the commit reads the file its preview has just
 * read. The result is a pure function of those three and nothing changes it once read, so a server that
 * saw the preview reuses it; another server simply reads the file again. A few entries only: a
 * 5,000-row ledger read is some megabytes.
 */
const recentReads = new LruCache<string, ReadLedgerResult>(4);

/**
 * The file as read (limits, zip-bomb checks and all), outside any transaction: parsing is the slow part,
 * and it runs in a parsing process with a memory and time cap (parse-workbook-isolated.ts).
 */
export async function readImportFile(input: LedgerImportInput): Promise<ReadLedgerResult> {
  const key = `${fileToken(input.content)}|${input.kind}|${input.year ?? ''}`;
  const known = recentReads.get(key);
  if (known) return known;
  const read = await parseWorkbookIsolated(input.content, { kind: input.kind, ...(input.year === undefined ? {} : { defaultYear: input.year }) });
  recentReads.set(key, read);
  return read;
}

export function fileToken(content: Buffer): string {
  return createHash('sha256').update(content).digest('hex');
}

/**
 * What a preview without problems hands out and the commit checks: a keyed hash (the audit key, kept
 * outside the database and shared by every server) of the organisation, ledger, year and file. Only a
 * valid preview gets one, so a token cannot be made up, nor taken from the preview of another file,
 * ledger, year or office. No state is kept between the two steps.
 */
export function importToken(organisationId: number, input: LedgerImportInput): string {
  const what = ['ledger-import', organisationId, input.kind, input.year ?? '', fileToken(input.content)].join('\u0000');
  return createHmac('sm3', requireSecretKeys().audit).update(what).digest('hex');
}

/** Step one of an import: what would be created, changed or left alone, and every problem. Changes nothing. */
export async function previewLedgerImport(db: Db, actor: Actor, input: LedgerImportInput): Promise<LedgerImportPreview> {
  const read = await readImportFile(input);
  const analysis = await analyseLedgerImport(db, actor, read, input.kind);
  return presentImport(analysis, read, input);
}

export function presentImport(analysis: ImportAnalysis, read: ReadLedgerResult, input: LedgerImportInput): LedgerImportPreview {
  const summary = (entry: ImportAnalysis['entries'][number]): Omit<LedgerImportPreview['creates'][number], 'values'> => {
    const { row, source, code } = entry.resolved;
    return { code, title: row.title, sheet: source.sheet, row: source.row, ...(code === row.code ? {} : { fileCode: row.code }) };
  };
  const valuesOf = (changes: ImportAnalysis['entries'][number]['changes']) =>
    Object.fromEntries(Object.entries(changes).map(([key, [, after]]) => [key, after]));
  const isValid = analysis.problems.length === 0;
  return {
    ledger: analysis.kind,
    ledgerName: analysis.ledger.name,
    fileName: input.fileName,
    ...(isValid ? { token: importToken(analysis.organisationId, input) } : {}),
    isValid,
    sheets: read.sheets,
    problems: analysis.problems,
    creates: analysis.entries.filter((e) => e.kind === 'create').map((e) => ({ ...summary(e), values: valuesOf(e.changes) })),
    updates: analysis.entries.filter((e) => e.kind === 'update').map((e) => ({ ...summary(e), changes: e.changes })),
    unchanged: analysis.entries.filter((e) => e.kind === 'unchanged').map((e) => summary(e).code),
    notInFile: analysis.notInFile,
  };
}

import * as z from 'zod/mini';
import { apiRequest } from '../../../shared/api/api-client';
import type { LedgerKind } from '../../../shared/api/schemas';

export const ImportProblem = z.object({
  sheet: z.nullable(z.string()),
  row: z.nullable(z.number()),
  column: z.nullable(z.string()),
  field: z.nullish(z.string()),
  code: z.string(),
  messageZh: z.string(),
  messageEn: z.string(),
});
export type ImportProblem = z.infer<typeof ImportProblem>;

const ImportValue = z.union([z.string(), z.number(), z.null(), z.array(z.string())]);
export type ImportValue = z.infer<typeof ImportValue>;

const ItemSummary = {
  code: z.string(),
  fileCode: z.optional(z.string()),
  title: z.string(),
  sheet: z.string(),
  row: z.number(),
};

export const ImportPreview = z.object({
  ledger: z.string(),
  ledgerName: z.string(),
  fileName: z.nullable(z.string()),
  /** Only for a preview without problems. */
  token: z.optional(z.string()),
  isValid: z.boolean(),
  problems: z.array(ImportProblem),
  creates: z.array(z.object({ ...ItemSummary, values: z.record(z.string(), ImportValue) })),
  updates: z.array(z.object({ ...ItemSummary, changes: z.record(z.string(), z.tuple([ImportValue, ImportValue])) })),
  unchanged: z.array(z.string()),
  notInFile: z.array(z.object({ code: z.string(), title: z.string() })),
  isCommitted: z.optional(z.boolean()),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

export interface ImportInput {
  file: File;
  ledger: LedgerKind;
  year?: number | undefined;
  token?: string | undefined;
}

function formOf({ file, ledger, year, token }: ImportInput): FormData {
  const form = new FormData();
  // Fields first, the file last: the server reads the parts in order.
  form.set('ledger', ledger);
  if (year !== undefined) form.set('year', String(year));
  if (token !== undefined) form.set('token', token);
  form.set('file', file, file.name);
  return form;
}

/** POST /api/imports/preview — what the file would create or change, and every problem. Changes nothing. */
export function previewImport(input: ImportInput): Promise<ImportPreview> {
  return apiRequest('/api/imports/preview', { method: 'POST', body: formOf(input), schema: ImportPreview });
}

/** POST /api/imports/commit — the whole file or nothing; the token makes sure it is the previewed file. */
export function commitImport(input: ImportInput & { token: string }): Promise<ImportPreview> {
  return apiRequest('/api/imports/commit', { method: 'POST', body: formOf(input), schema: ImportPreview });
}

/** A progress import's preview (历史数据导入): reports and indicator values per quarter and department. */
export const ProgressImportPreview = z.object({
  fileName: z.nullable(z.string()),
  token: z.optional(z.string()),
  isValid: z.boolean(),
  problems: z.array(ImportProblem),
  quarters: z.array(z.object({ period: z.string(), departments: z.array(z.object({ department: z.string(), created: z.number(), replaced: z.number() })) })),
  indicatorValues: z.array(z.object({ period: z.string(), code: z.string() })),
  isCommitted: z.optional(z.boolean()),
});
export type ProgressImportPreview = z.infer<typeof ProgressImportPreview>;

export interface ProgressImportInput {
  file: File;
  quarter?: string | undefined;
  replace: boolean;
  token?: string | undefined;
}

function progressFormOf({ file, quarter, replace, token }: ProgressImportInput): FormData {
  const form = new FormData();
  if (quarter) form.set('quarter', quarter);
  form.set('replace', String(replace));
  if (token !== undefined) form.set('token', token);
  form.set('file', file, file.name);
  return form;
}

/** POST /api/imports/progress/preview — what past progress the file brings in, and every problem. */
export function previewProgressImport(input: ProgressImportInput): Promise<ProgressImportPreview> {
  return apiRequest('/api/imports/progress/preview', { method: 'POST', body: progressFormOf(input), schema: ProgressImportPreview });
}

/** POST /api/imports/progress/commit — all of it, approved and marked as imported, or nothing. */
export function commitProgressImport(input: ProgressImportInput & { token: string }): Promise<ProgressImportPreview> {
  return apiRequest('/api/imports/progress/commit', { method: 'POST', body: progressFormOf(input), schema: ProgressImportPreview });
}

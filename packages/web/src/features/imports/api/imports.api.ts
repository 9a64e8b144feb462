import type { LedgerKind } from '@plantrack/contract/enums';
import type { LedgerImportPreview, ProgressImportPreview } from '@plantrack/contract/io/imports.contract';
import { apiRequest } from '../../../shared/api/api-client';

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
export function previewImport(input: ImportInput): Promise<LedgerImportPreview> {
  return apiRequest<LedgerImportPreview>('/api/imports/preview', { method: 'POST', body: formOf(input) });
}

/** POST /api/imports/commit — the whole file or nothing; the token makes sure it is the previewed file. */
export function commitImport(input: ImportInput & { token: string }): Promise<LedgerImportPreview> {
  return apiRequest<LedgerImportPreview>('/api/imports/commit', { method: 'POST', body: formOf(input) });
}

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
  return apiRequest<ProgressImportPreview>('/api/imports/progress/preview', { method: 'POST', body: progressFormOf(input) });
}

/** POST /api/imports/progress/commit — all of it, approved and marked as imported, or nothing. */
export function commitProgressImport(input: ProgressImportInput & { token: string }): Promise<ProgressImportPreview> {
  return apiRequest<ProgressImportPreview>('/api/imports/progress/commit', { method: 'POST', body: progressFormOf(input) });
}

import { LedgerImportFields } from '@plantrack/contract/io/imports.contract';
import type { ErrorCode } from '@plantrack/contract/errors';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../shared/app-error.js';
import { createProblem, DEFAULT_XLSX_LIMITS } from '../ledger-xlsx/index.js';
import type { LedgerImportCommit } from './commit-ledger-import.js';

/**
 * An import upload: one .xlsx file (10 MB at most, the same limit inspectXlsx applies) and a few short
 * form fields. Multipart itself is registered once for the app (shared/multipart.ts); this reads the
 * fields too, in whatever order the browser sends them, which the evidence upload has no use for.
 */
const MAX_BYTES = DEFAULT_XLSX_LIMITS.maxBytes;

/** What any import can answer before its own checks: the upload itself, the ledger named, the parser's limits. */
export const IMPORT_ERRORS = [
  'ONE_FILE_REQUIRED',
  'UNKNOWN_REFERENCE',
  'PAYLOAD_TOO_LARGE',
  'FILE_TOO_LARGE',
  'FILE_TYPE_NOT_ALLOWED',
  'IMPORT_FILE_TOO_COMPLEX',
] as const satisfies readonly ErrorCode[];
const LIMITS = { files: 1, fileSize: MAX_BYTES, fields: 5, fieldSize: 200, parts: 6 };

export async function readImportUpload(request: FastifyRequest): Promise<LedgerImportCommit> {
  const { file, fields } = await readUpload(request, LedgerImportFields);
  return { ...file, kind: fields.ledger, year: fields.year, token: fields.token };
}

/** One file and the form fields `schema` allows, whatever their order; shared by every kind of import. */
export async function readUpload<Schema extends z.ZodType>(request: FastifyRequest, schema: Schema) {
  if (!request.isMultipart()) throw new AppError('ONE_FILE_REQUIRED', { reason: 'multipart/form-data expected' });
  const fields: Record<string, string> = {};
  let file: { content: Buffer; fileName: string | null } | null = null;
  try {
    for await (const part of request.parts({ limits: LIMITS })) {
      if (part.type === 'field') fields[part.fieldname] = String(part.value);
      else if (file === null) file = { content: await part.toBuffer(), fileName: part.filename || null };
      else throw new AppError('ONE_FILE_REQUIRED', { reason: 'one file per request' });
    }
  } catch (error) {
    throw translate(error);
  }
  if (file === null) throw new AppError('ONE_FILE_REQUIRED', { reason: 'no file in the request' });
  const parsed = schema.safeParse(fields);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => ({ field: `body.${issue.path.join('.')}`, message: issue.message }));
    throw new AppError('VALIDATION_FAILED', { fields: problems });
  }
  return { file, fields: parsed.data as z.output<Schema> };
}

/** The multipart plugin's errors in the app's terms; a file over the limit is a problem the office can read. */
function translate(error: unknown): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'FST_REQ_FILE_TOO_LARGE') {
    return new AppError('PAYLOAD_TOO_LARGE', { maxBytes: MAX_BYTES, problems: [createProblem('FILE_TOO_LARGE', {}, { detail: '10 MB' })] });
  }
  if (typeof code === 'string' && code.startsWith('FST_')) return new AppError('ONE_FILE_REQUIRED', { reason: (error as Error).message });
  return error;
}

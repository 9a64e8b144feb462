/**
 * The atoms every feature's contract is built from, and the one error shape. Request atoms validate and
 * normalise what people type; response shapes describe exactly what the presenters send.
 */
import { z } from 'zod';
import { LEDGER_KINDS } from './enums.js';
import { ERROR_STATUS, type ErrorCode } from './errors.js';

export const LedgerKind = z.enum(LEDGER_KINDS);
export type LedgerKind = z.infer<typeof LedgerKind>;

export const IdParam = z.strictObject({ id: z.coerce.number().int().positive() });

export const PageQuery = {
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
};

/** `YYYY-MM-DD`, a real calendar date. */
export const DateText = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(s)), '不是有效日期');

export const PeriodText = z.string().regex(/^\d{4}Q[1-4]$/, '季度格式应为 2023Q2');

/** An exact decimal written as text ("2.8", "-0.5"), so reported figures are never rounded by floats. */
export const DecimalText = z
  .string()
  .trim()
  .regex(/^-?\d+(\.\d+)?$/, '应为数字，如 2.8');

/** Free text from a form: trimmed, empty means "not given". */
export const OptionalText = (max: number) =>
  z
    .string()
    .max(max)
    .transform((s) => (s.trim() === '' ? null : s.trim()))
    .nullable();

export const VersionField = z.number().int().positive();

/** The one error shape: `{ error: { code, message, details } }`, message in the caller's language. */
export function errorBody<const C extends ErrorCode>(codes: readonly C[]) {
  return z
    .object({
      error: z.object({
        code: z.enum(codes as unknown as [C, ...C[]]),
        message: z.string().describe('给人看的说明（按 Accept-Language 为中文或英文）'),
        details: z.record(z.string(), z.unknown()),
      }),
    })
    .meta({ example: { error: { code: codes[0], message: '（说明文字，随错误码与语言而定）', details: {} } } });
}

export type ErrorBody = z.infer<ReturnType<typeof errorBody<ErrorCode>>>;

/**
 * A route's error answers, grouped by HTTP status, each listing the codes it can carry. Routes name
 * only the codes of their own workflow; the ones every route can answer (unauthenticated, forbidden,
 * invalid input, rate-limited, internal) are added for every route when the app is built.
 */
export function errorResponses(codes: readonly ErrorCode[]): Record<number, ReturnType<typeof errorBody>> {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of new Set(codes)) byStatus.set(ERROR_STATUS[code], [...(byStatus.get(ERROR_STATUS[code]) ?? []), code]);
  return Object.fromEntries([...byStatus].map(([status, list]) => [status, errorBody(list).describe(list.join(' | '))]));
}

/** A file's bytes: any body for the server's types (a Buffer), `string`/`binary` in the OpenAPI document. */
const FileBytes = z.any().meta({ type: 'string', format: 'binary' });

/** A file answer (an export): its media types, and a body that is the file's bytes. */
export function fileAnswer(description: string, mediaTypes: readonly string[]) {
  return { description, content: Object.fromEntries(mediaTypes.map((type) => [type, { schema: FileBytes }])) };
}

/** The media types of the files the API answers with. */
export const CONTENT_TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

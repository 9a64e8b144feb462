import { z } from 'zod';

export const LEDGER_KINDS = ['master', 'province_key_tasks', 'key_indicators', 'pilots', 'innovations'] as const;
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

/** An item's change history, as the item page shows it (not the auditor's log). */
import { z } from 'zod';
import { PageQuery } from '../shared.contract.js';

export const ItemHistoryQuery = z.strictObject({ ...PageQuery });
export type ItemHistoryQuery = z.infer<typeof ItemHistoryQuery>;

/** What a change was about: the item itself or one of the records that hang off it. */
export const HISTORY_SUBJECTS = [
  'item',
  'quarterly_plan',
  'report',
  'indicator',
  'indicator_value',
  'supervision_order',
  'extension_request',
  'evidence',
] as const;
export type HistorySubject = (typeof HISTORY_SUBJECTS)[number];

/** One field that changed, before → after, as text (personal data masked). */
export const FieldChange = z.object({ field: z.string(), before: z.string().nullable(), after: z.string().nullable() });
export type FieldChange = z.infer<typeof FieldChange>;

export const HistoryEntry = z
  .object({
    id: z.number().int(),
    at: z.string().describe('Asia/Shanghai 时间，带时区'),
    actor: z.object({ name: z.string(), role: z.string().nullable() }).nullable().describe('null：系统本身（服务器上运行的命令）'),
    action: z.string(),
    subject: z.enum(HISTORY_SUBJECTS),
    period: z.string().nullable(),
    changes: z.array(FieldChange),
  })
  .meta({ id: 'HistoryEntry' });
export type HistoryEntry = z.infer<typeof HistoryEntry>;

export const HistoryPage = z.object({ entries: z.array(HistoryEntry), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
export type HistoryPage = z.infer<typeof HistoryPage>;

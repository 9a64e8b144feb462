/** Files for people to take away: a ledger (Excel/CSV), the 调度会 handout, the quarterly bulletin (Word). */
import { SCHEDULE_STATUSES } from '@plantrack/domain';
import { z } from 'zod';
import { ItemListQuery } from '../items/items.contract.js';
import { DateText, LedgerKind, PeriodText } from '../shared.contract.js';

export const LEDGER_EXPORT_FORMATS = ['xlsx', 'csv'] as const;

export const LedgerExportQuery = z.strictObject({
  ledger: LedgerKind,
  /** Id, full name, short name or alias of a department (lead or co-operating). */
  department: z.string().max(100).optional(),
  leader: z.coerce.number().int().positive().optional(),
  area: z.string().max(20).optional(),
  /** Computed schedule status in the `asOf` quarter (default: the current quarter). */
  status: z.enum(SCHEDULE_STATUSES).optional(),
  asOf: PeriodText.optional(),
  format: z.enum(LEDGER_EXPORT_FORMATS).default('xlsx'),
});
/** As a client sends it (`format` may be left out: xlsx). */
export type LedgerExportQuery = Omit<z.infer<typeof LedgerExportQuery>, 'format'> & { format?: (typeof LEDGER_EXPORT_FORMATS)[number] };

export const BulletinQuery = z.strictObject({
  quarter: PeriodText,
  /** 发文字号 serial; without it the quarter's number, or the year's next. */
  number: z.coerce.number().int().min(1).max(9999).optional(),
  /** 成文日期; default today. */
  date: DateText.optional(),
});
export type BulletinQuery = z.infer<typeof BulletinQuery>;

export const HANDOUT_GROUPINGS = ['area', 'leader'] as const;
export type HandoutGrouping = (typeof HANDOUT_GROUPINGS)[number];

/**
 * The 调度会 handout takes the ledger page's filters (the item list's own schema, so a filter the page
 * offers is a filter the handout honours), the quarter (default: the current one) and the grouping.
 */
export const HandoutQuery = ItemListQuery.pick({ ledger: true, area: true, department: true, leader: true, q: true, chain: true, status: true }).extend({
  quarter: PeriodText.optional(),
  groupBy: z.enum(HANDOUT_GROUPINGS).default('area'),
});
export type HandoutQuery = z.infer<typeof HandoutQuery>;

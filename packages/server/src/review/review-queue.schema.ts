import { z } from 'zod';
import { SCHEDULE_STATUSES } from '@plantrack/domain';
import { LedgerKind, PageQuery } from '../shared/schemas.js';

/** The office's review queue, narrowed as the reviewer works through it; a page is sized for the screen. */
export const ReviewQueueQuery = z.strictObject({
  department: z.string().max(100).optional(),
  ledger: LedgerKind.optional(),
  /** The schedule status each report would give once approved. */
  status: z.enum(SCHEDULE_STATUSES).optional(),
  /** Item code or title, or the report's progress text. */
  q: z.string().trim().max(100).optional(),
  ...PageQuery,
});
export type ReviewQueueQuery = z.infer<typeof ReviewQueueQuery>;

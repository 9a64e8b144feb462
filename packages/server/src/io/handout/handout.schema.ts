import { z } from 'zod';
import { ItemListQuery } from '@plantrack/contract/items/items.contract';
import { PeriodText } from '../../shared/schemas.js';

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

import { toQueryString } from '../../../shared/api/api-client';
import type { ItemListParams } from '@plantrack/contract/items/items.contract';

export type HandoutGrouping = 'area' | 'leader';

/** The ledger page's own filters, for a quarter, grouped as asked. */
export interface HandoutFilter extends Pick<ItemListParams, 'ledger' | 'area' | 'department' | 'leader' | 'q' | 'chain' | 'status'> {
  /** The quarter (2024Q2); the server's current quarter when not given. */
  quarter?: string;
  groupBy: HandoutGrouping;
}

/**
 * GET /api/exports/handout — the 调度会 handout (推进情况表) for a quarter as Excel, with the ledger
 * page's own filters. A plain download link: the session cookie authorises it.
 */
export function handoutUrl(filter: HandoutFilter): string {
  return `/api/exports/handout${toQueryString({ ...filter })}`;
}

import type { ScheduleStatus } from '@plantrack/domain';
import { toQueryString } from '../../../shared/api/api-client';
import type { LedgerKind } from '../../../shared/api/schemas';

export type HandoutGrouping = 'area' | 'leader';

export interface HandoutFilter {
  ledger?: LedgerKind;
  area?: string;
  department?: string;
  leader?: number;
  q?: string;
  chain?: 'incomplete';
  status?: ScheduleStatus;
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

import type { ScheduleStatus } from '@plantrack/domain';
import { toQueryString } from '../../../shared/api/api-client';
import type { LedgerKind } from '../../../shared/api/schemas';

export interface LedgerExportFilter {
  ledger: LedgerKind;
  area?: string;
  department?: string;
  leader?: number;
  status?: ScheduleStatus;
  asOf?: string;
  format: 'xlsx' | 'csv';
}

/**
 * GET /api/exports/ledger — the ledger as Excel in the offices' own layout, filtered like the screen
 * (area, department, leader). A plain download link: the session cookie authorises it.
 */
export function ledgerExportUrl(filter: LedgerExportFilter): string {
  return `/api/exports/ledger${toQueryString({ ...filter })}`;
}

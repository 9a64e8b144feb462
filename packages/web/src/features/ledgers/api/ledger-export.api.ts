import type { LedgerExportQuery } from '@plantrack/contract/io/exports.contract';
import { toQueryString } from '../../../shared/api/api-client';

/**
 * GET /api/exports/ledger — the ledger as Excel in the offices' own layout, filtered like the screen
 * (area, department, leader). A plain download link: the session cookie authorises it.
 */
export function ledgerExportUrl(filter: LedgerExportQuery): string {
  return `/api/exports/ledger${toQueryString({ ...filter })}`;
}

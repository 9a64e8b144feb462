import type { AuditPage, AuditSearch } from '@plantrack/contract/audit/audit.contract';
import type { HistoryPage } from '@plantrack/contract/audit/item-history.contract';
import { apiRequest, toQueryString } from '../../../shared/api/api-client';

export const auditKeys = {
  search: (search: AuditSearch, page: number, pageSize: number) => ['audit', search, page, pageSize] as const,
  // Under the item's own key: whatever refreshes the item (a report, a supervision order) refreshes its history.
  itemHistory: (itemId: number, page: number, itemStamp: string | undefined) => ['items', 'detail', itemId, 'history', page, itemStamp] as const,
};

export async function fetchAuditEntries(search: AuditSearch, page: number, pageSize: number, signal?: AbortSignal): Promise<AuditPage> {
  return apiRequest<AuditPage>('/api/audit', { query: { ...search, page, pageSize }, signal });
}

/** GET /api/audit/export — the matching entries as CSV; a plain download link (the session cookie authorises it). */
export function auditExportUrl(search: AuditSearch): string {
  return `/api/audit/export${toQueryString({ ...search, format: 'csv' })}`;
}

export async function fetchItemHistory(itemId: number, page: number, pageSize: number, signal?: AbortSignal): Promise<HistoryPage> {
  return apiRequest<HistoryPage>(`/api/items/${itemId}/history`, { query: { page, pageSize }, signal });
}

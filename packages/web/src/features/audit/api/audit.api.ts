import * as z from 'zod/mini';
import { apiRequest, toQueryString } from '../../../shared/api/api-client';

export const AuditEntry = z.object({
  id: z.number(),
  /** Asia/Shanghai with its offset: 2026-11-27T09:30:00.000+08:00. */
  at: z.string(),
  userId: z.nullable(z.number()),
  username: z.nullable(z.string()),
  action: z.string(),
  entityType: z.string(),
  entityId: z.nullable(z.string()),
  /** The object's name (a login name, an item's code and title), when it still exists. */
  entityLabel: z.nullish(z.string()),
  outcome: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  ip: z.nullable(z.string()),
  requestId: z.nullable(z.string()),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

const AuditPage = z.object({ entries: z.array(AuditEntry), total: z.number(), page: z.number(), pageSize: z.number() });
export type AuditPage = z.infer<typeof AuditPage>;

/** What the server searches by (GET /api/audit): object, user, action, time range, free text. */
export interface AuditSearch {
  entityType?: string;
  entityId?: string;
  userId?: number;
  action?: string;
  /** A Shanghai date (whole day) or an instant with offset; both ends included. */
  from?: string;
  to?: string;
  q?: string;
}

export const FieldChange = z.object({ field: z.string(), before: z.nullable(z.string()), after: z.nullable(z.string()) });
export type FieldChange = z.infer<typeof FieldChange>;

export const HistoryEntry = z.object({
  id: z.number(),
  at: z.string(),
  actor: z.nullable(z.object({ name: z.string(), role: z.nullable(z.string()) })),
  action: z.string(),
  subject: z.string(),
  period: z.nullable(z.string()),
  changes: z.array(FieldChange),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;

const HistoryPage = z.object({ entries: z.array(HistoryEntry), total: z.number(), page: z.number(), pageSize: z.number() });
export type HistoryPage = z.infer<typeof HistoryPage>;

export const auditKeys = {
  search: (search: AuditSearch, page: number, pageSize: number) => ['audit', search, page, pageSize] as const,
  /** Under the item's keys, so whatever refreshes the item refreshes its history. */
  // Under the item's own key: whatever refreshes the item (a report, a supervision order) refreshes its history.
  itemHistory: (itemId: number, page: number, itemStamp: string | undefined) => ['items', 'detail', itemId, 'history', page, itemStamp] as const,
};

export async function fetchAuditEntries(search: AuditSearch, page: number, pageSize: number, signal?: AbortSignal): Promise<AuditPage> {
  return apiRequest('/api/audit', { query: { ...search, page, pageSize }, schema: AuditPage, signal });
}

/** GET /api/audit/export — the matching entries as CSV; a plain download link (the session cookie authorises it). */
export function auditExportUrl(search: AuditSearch): string {
  return `/api/audit/export${toQueryString({ ...search, format: 'csv' })}`;
}

export async function fetchItemHistory(itemId: number, page: number, pageSize: number, signal?: AbortSignal): Promise<HistoryPage> {
  return apiRequest(`/api/items/${itemId}/history`, { query: { page, pageSize }, schema: HistoryPage, signal });
}

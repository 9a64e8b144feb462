import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { auditKeys, fetchAuditEntries } from '../api/audit.api';
import type { AuditSearch } from '@plantrack/contract/audit/audit.contract';

/** GET /api/audit — one page of the auditor's search, newest first (each search is itself audited). */
export function useAuditEntries(search: AuditSearch, page: number, pageSize: number) {
  return useQuery({
    queryKey: auditKeys.search(search, page, pageSize),
    queryFn: ({ signal }) => fetchAuditEntries(search, page, pageSize, signal),
    placeholderData: keepPreviousData,
  });
}

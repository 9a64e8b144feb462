import { useQuery } from '@tanstack/react-query';
import { fetchReport, reportKeys } from '../api/reports.api';

/** GET /api/reports/:id — one report with every version. */
export function useReport(id: number, options: { enabled?: boolean } = {}) {
  return useQuery({ queryKey: reportKeys.detail(id), queryFn: ({ signal }) => fetchReport(id, signal), enabled: options.enabled ?? true });
}

import { useQuery } from '@tanstack/react-query';
import { fetchReports, reportKeys } from '../api/reports.api';
import type { ReportListParams } from '@plantrack/contract/reporting/reports.contract';

/** GET /api/reports — progress reports (returned ones first), filtered by item, quarter, state. */
export function useReports(params: ReportListParams, options: { enabled?: boolean } = {}) {
  return useQuery({ queryKey: reportKeys.list(params), queryFn: ({ signal }) => fetchReports(params, signal), enabled: options.enabled ?? true });
}

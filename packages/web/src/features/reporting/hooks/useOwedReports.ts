import { useQuery } from '@tanstack/react-query';
import { fetchOwedReports, reportKeys } from '../api/reports.api';

/** GET /api/reporting/owed — what the department still owes in open cycles, returned ones first. */
export function useOwedReports() {
  return useQuery({ queryKey: reportKeys.owed, queryFn: ({ signal }) => fetchOwedReports(signal) });
}

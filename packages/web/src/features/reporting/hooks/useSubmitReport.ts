import { useMutation } from '@tanstack/react-query';
import { submitReport } from '../api/reports.api';
import { useInvalidateReports } from './useInvalidateReports';

/** POST /api/reports/:id/submit — the department head sends the report to the office. */
export function useSubmitReport() {
  const invalidate = useInvalidateReports();
  return useMutation({ mutationFn: ({ id, version }: { id: number; version: number }) => submitReport(id, version), onSuccess: invalidate });
}

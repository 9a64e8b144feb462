import { useMutation } from '@tanstack/react-query';
import { submitReport, submitReportBatch } from '../api/reports.api';
import { useInvalidateReports } from './useInvalidateReports';

/** POST /api/reports/:id/submit — the department head sends the report to the office. */
export function useSubmitReport() {
  const invalidate = useInvalidateReports();
  return useMutation({ mutationFn: ({ id, version }: { id: number; version: number }) => submitReport(id, version), onSuccess: invalidate });
}

/** POST /api/reports/submit-batch — the head sends several drafts at once; on a refusal the list reloads, so the head sees what changed. */
export function useSubmitReportBatch() {
  const invalidate = useInvalidateReports();
  return useMutation({ mutationFn: submitReportBatch, onSettled: invalidate });
}

import { useMutation } from '@tanstack/react-query';
import { saveReportDraft } from '../api/reports.api';
import type { ReportDraftInput } from '@plantrack/contract/reporting/reports.contract';
import { useInvalidateReports } from './useInvalidateReports';

/** PUT /api/items/:id/reports/:period — a stale `version` is a 409 the form shows as "reload". */
export function useSaveReportDraft(itemId: number, period: string) {
  const invalidate = useInvalidateReports();
  return useMutation({ mutationFn: (input: ReportDraftInput) => saveReportDraft(itemId, period, input), onSuccess: invalidate });
}

import { useMutation } from '@tanstack/react-query';
import { withdrawReport } from '../api/reports.api';
import { useInvalidateReports } from './useInvalidateReports';

/** POST /api/reports/:id/withdraw — takes a submitted report back before the office reviews it. */
export function useWithdrawReport() {
  const invalidate = useInvalidateReports();
  return useMutation({ mutationFn: ({ id, version }: { id: number; version: number }) => withdrawReport(id, version), onSuccess: invalidate });
}

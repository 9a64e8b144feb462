import { useMutation } from '@tanstack/react-query';
import { useInvalidateReports } from '../../reporting/hooks/useInvalidateReports';
import { approveReport, returnReport, reviewBatch } from '../api/review.api';
import type { ApproveInput } from '@plantrack/contract/review/review.contract';

/** POST /api/reports/:id/approve — the report starts to count. */
export function useApproveReport() {
  const onSuccess = useInvalidateReports();
  return useMutation({ mutationFn: ({ id, ...input }: ApproveInput & { id: number }) => approveReport(id, input), onSuccess });
}

/** POST /api/reports/:id/return — always with a comment. */
export function useReturnReport() {
  const onSuccess = useInvalidateReports();
  return useMutation({ mutationFn: ({ id, ...input }: { id: number; version: number; comment: string }) => returnReport(id, input), onSuccess });
}

/** POST /api/reviews — several at once; each succeeds or fails on its own. */
export function useReviewBatch() {
  const onSuccess = useInvalidateReports();
  return useMutation({ mutationFn: reviewBatch, onSuccess });
}

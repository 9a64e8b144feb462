import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { fetchReviewQueue, reviewQueueKey } from '../api/review.api';
import type { ReviewQueueParams } from '@plantrack/contract/review/review.contract';

/** GET /api/review-queue — submitted reports of open cycles, oldest submission first, one page at a time. */
export function useReviewQueue(params: ReviewQueueParams) {
  return useQuery({ queryKey: reviewQueueKey(params), queryFn: ({ signal }) => fetchReviewQueue(params, signal), placeholderData: keepPreviousData });
}

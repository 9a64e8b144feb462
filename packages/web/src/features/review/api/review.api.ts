import type { OneReport, ReportDetail } from '@plantrack/contract/reporting/reports.contract';
import type {
  ApproveInput,
  BatchReviewInput,
  QueuePage,
  ReturnInput,
  ReviewQueueParams,
  ReviewResult,
  ReviewResults,
} from '@plantrack/contract/review/review.contract';
import { apiRequest } from '../../../shared/api/api-client';
import { reportKeys } from '../../reporting/api/reports.api';

export async function approveReport(id: number, input: ApproveInput): Promise<ReportDetail> {
  return (await apiRequest<OneReport>(`/api/reports/${id}/approve`, { method: 'POST', body: input })).report;
}

export async function returnReport(id: number, input: ReturnInput): Promise<ReportDetail> {
  return (await apiRequest<OneReport>(`/api/reports/${id}/return`, { method: 'POST', body: input })).report;
}

export async function reviewBatch(input: BatchReviewInput): Promise<ReviewResult[]> {
  return (await apiRequest<ReviewResults>('/api/reviews', { method: 'POST', body: input })).results;
}

/** Under the reports' key, so whatever changes a report refreshes the queue. */
export const reviewQueueKey = (params: ReviewQueueParams) => [...reportKeys.all, 'review-queue', params] as const;

export async function fetchReviewQueue(params: ReviewQueueParams, signal?: AbortSignal): Promise<QueuePage> {
  return apiRequest<QueuePage>('/api/review-queue', { query: { ...params }, signal });
}

import * as z from 'zod/mini';
import { SCHEDULE_STATUSES } from '@plantrack/domain';
import type { ScheduleStatus } from '@plantrack/domain';
import { apiRequest } from '../../../shared/api/api-client';
import type { LedgerKind } from '../../../shared/api/schemas';
import { ReportDetail, ReportSummary, reportKeys } from '../../reporting/api/reports.api';

const OneReport = z.object({ report: ReportDetail });

export interface ApproveInput {
  version: number;
  comment?: string;
  qualityRating?: number;
}

export async function approveReport(id: number, input: ApproveInput): Promise<ReportDetail> {
  return (await apiRequest(`/api/reports/${id}/approve`, { method: 'POST', body: input, schema: OneReport })).report;
}

export async function returnReport(id: number, input: { version: number; comment: string }): Promise<ReportDetail> {
  return (await apiRequest(`/api/reports/${id}/return`, { method: 'POST', body: input, schema: OneReport })).report;
}

export const ReviewResult = z.object({ id: z.number(), ok: z.boolean(), state: z.optional(z.string()), code: z.optional(z.string()) });
export type ReviewResult = z.infer<typeof ReviewResult>;

export interface BatchReviewInput {
  decision: 'approve' | 'return';
  comment?: string;
  reports: { id: number; version: number }[];
}

export async function reviewBatch(input: BatchReviewInput): Promise<ReviewResult[]> {
  return (await apiRequest('/api/reviews', { method: 'POST', body: input, schema: z.object({ results: z.array(ReviewResult) }) })).results;
}

/** What a queued report would make of its item's status once approved: planned against reported, and why. */
export const ReviewOutcome = z.object({
  status: z.enum(SCHEDULE_STATUSES),
  colour: z.enum(['green', 'yellow', 'red', 'grey']),
  basis: z.enum(['cumulative', 'annual']),
  planned: z.nullable(z.number()),
  actual: z.nullable(z.number()),
  gap: z.nullable(z.number()),
  reasonZh: z.string(),
  reasonEn: z.string(),
});
export type ReviewOutcome = z.infer<typeof ReviewOutcome>;

/** One row of the office's review queue. */
export const QueueEntry = z.object({
  report: ReportSummary,
  outcome: ReviewOutcome,
  evidenceCount: z.number(),
  /** The item's last approved report before this one; null when there is none. */
  sinceApproved: z.nullable(z.object({ period: z.string(), completionPercent: z.nullable(z.number()), isProgressChanged: z.boolean() })),
});
export type QueueEntry = z.infer<typeof QueueEntry>;

const QueuePage = z.object({ entries: z.array(QueueEntry), total: z.number(), page: z.number(), pageSize: z.number() });
export type QueuePage = z.infer<typeof QueuePage>;

export interface ReviewQueueParams {
  department?: string;
  ledger?: LedgerKind;
  status?: ScheduleStatus;
  q?: string;
  page?: number;
  pageSize?: number;
}

/** Under the reports' key, so whatever changes a report refreshes the queue. */
export const reviewQueueKey = (params: ReviewQueueParams) => [...reportKeys.all, 'review-queue', params] as const;

export async function fetchReviewQueue(params: ReviewQueueParams, signal?: AbortSignal): Promise<QueuePage> {
  return apiRequest('/api/review-queue', { query: { ...params }, schema: QueuePage, signal });
}

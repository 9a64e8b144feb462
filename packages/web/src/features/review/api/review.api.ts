import * as z from 'zod/mini';
import { apiRequest } from '../../../shared/api/api-client';
import { ReportDetail } from '../../reporting/api/reports.api';

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

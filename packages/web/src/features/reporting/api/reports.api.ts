import * as z from 'zod/mini';
import { apiRequest } from '../../../shared/api/api-client';

export const REPORT_STATES = ['draft', 'submitted', 'returned', 'approved'] as const;
export type ReportState = (typeof REPORT_STATES)[number];

/** The part of a progress report the item page shows beside the plan (the reporting pages will need more). */
export const ReportSummary = z.object({
  id: z.number(),
  period: z.string(),
  state: z.enum(REPORT_STATES),
  completionPercent: z.nullable(z.number()),
  progress: z.nullable(z.string()),
  problems: z.nullable(z.string()),
  nextSteps: z.nullable(z.string()),
  submittedAt: z.nullable(z.string()),
  reviewedAt: z.nullable(z.string()),
  reviewComment: z.nullable(z.string()),
  version: z.number(),
});
export type ReportSummary = z.infer<typeof ReportSummary>;

export interface ReportListParams {
  item?: number;
  period?: string;
  state?: ReportState;
  department?: string;
  page?: number;
  pageSize?: number;
}

const ReportPage = z.object({ reports: z.array(ReportSummary), total: z.number(), page: z.number(), pageSize: z.number() });
export type ReportPage = z.infer<typeof ReportPage>;

export const reportKeys = {
  all: ['reports'] as const,
  list: (params: ReportListParams) => ['reports', 'list', params] as const,
};

export async function fetchReports(params: ReportListParams, signal?: AbortSignal): Promise<ReportPage> {
  return apiRequest('/api/reports', { query: { ...params }, schema: ReportPage, signal });
}

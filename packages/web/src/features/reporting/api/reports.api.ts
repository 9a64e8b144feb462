import * as z from 'zod/mini';
import { apiRequest } from '../../../shared/api/api-client';
import { PILOT_STAGES } from '../../items/api/items.api';

export const REPORT_STATES = ['draft', 'submitted', 'returned', 'approved'] as const;
export type ReportState = (typeof REPORT_STATES)[number];

export const PROGRESS_STATES = ['not_started', 'in_progress', 'completed'] as const;
export type ProgressState = (typeof PROGRESS_STATES)[number];

export const Evidence = z.object({
  id: z.number(),
  originalName: z.string(),
  mimeType: z.string(),
  sizeBytes: z.number(),
  uploadedAt: z.string(),
  downloadUrl: z.string(),
});
export type Evidence = z.infer<typeof Evidence>;

/** A progress report as lists and the form show it, with what the caller may do with it now. */
export const ReportSummary = z.object({
  id: z.number(),
  item: z.object({ id: z.number(), code: z.string(), title: z.string(), leadDepartment: z.nullish(z.string()), isPilot: z.boolean() }),
  cycleId: z.number(),
  period: z.string(),
  deadline: z.string(),
  state: z.enum(REPORT_STATES),
  progressState: z.nullish(z.enum(PROGRESS_STATES)),
  completionPercent: z.nullable(z.number()),
  progress: z.nullable(z.string()),
  problems: z.nullable(z.string()),
  nextSteps: z.nullable(z.string()),
  pilotStage: z.nullish(z.enum(PILOT_STAGES)),
  pilotStageDate: z.nullish(z.string()),
  submittedAt: z.nullable(z.string()),
  isLate: z.boolean(),
  reviewedAt: z.nullable(z.string()),
  reviewComment: z.nullable(z.string()),
  reviewerName: z.nullish(z.string()),
  qualityRating: z.nullish(z.number()),
  evidence: z.array(Evidence),
  version: z.number(),
  updatedAt: z.string(),
  policies: z.object({ canEdit: z.boolean(), canSubmit: z.boolean(), canWithdraw: z.boolean(), canReview: z.boolean() }),
});
export type ReportSummary = z.infer<typeof ReportSummary>;

export const ReportVersion = z.object({ version: z.number(), action: z.string(), at: z.string(), actorName: z.nullish(z.string()) });
export type ReportVersion = z.infer<typeof ReportVersion>;

export const ReportDetail = z.extend(ReportSummary, { versions: z.array(ReportVersion) });
export type ReportDetail = z.infer<typeof ReportDetail>;

export interface ReportListParams {
  item?: number;
  period?: string;
  /** Only quarters before this one. */
  before?: string;
  state?: ReportState;
  department?: string;
  page?: number;
  pageSize?: number;
}

const ReportPage = z.object({ reports: z.array(ReportSummary), total: z.number(), page: z.number(), pageSize: z.number() });
export type ReportPage = z.infer<typeof ReportPage>;

/** What a department writes for an item and quarter; `version` once the report exists. */
export interface ReportDraftInput {
  progressState: ProgressState;
  completionPercent: number | null;
  progress: string | null;
  problems: string | null;
  nextSteps: string | null;
  pilotStage?: (typeof PILOT_STAGES)[number] | null;
  pilotStageDate?: string | null;
  version?: number;
}

/** One row of "what I owe this quarter": no report yet, a draft, or a returned report. */
export const OwedReport = z.object({
  item: z.object({ id: z.number(), code: z.string(), title: z.string() }),
  cycleId: z.number(),
  period: z.string(),
  deadline: z.string(),
  isOverdue: z.boolean(),
  /** Days until the deadline; negative once it has passed. */
  daysLeft: z.number(),
  report: z.nullable(z.object({ id: z.number(), state: z.enum(REPORT_STATES), version: z.number(), reviewComment: z.nullable(z.string()) })),
});
export type OwedReport = z.infer<typeof OwedReport>;

export const reportKeys = {
  all: ['reports'] as const,
  list: (params: ReportListParams) => ['reports', 'list', params] as const,
  detail: (id: number) => ['reports', 'detail', id] as const,
  owed: ['reports', 'owed'] as const,
};

const OneReport = z.object({ report: ReportDetail });

export async function fetchReports(params: ReportListParams, signal?: AbortSignal): Promise<ReportPage> {
  return apiRequest('/api/reports', { query: { ...params }, schema: ReportPage, signal });
}

export async function fetchReport(id: number, signal?: AbortSignal): Promise<ReportDetail> {
  return (await apiRequest(`/api/reports/${id}`, { schema: OneReport, signal })).report;
}

export async function fetchOwedReports(signal?: AbortSignal): Promise<OwedReport[]> {
  return (await apiRequest('/api/reporting/owed', { schema: z.object({ owed: z.array(OwedReport) }), signal })).owed;
}

export async function saveReportDraft(itemId: number, period: string, input: ReportDraftInput): Promise<ReportDetail> {
  return (await apiRequest(`/api/items/${itemId}/reports/${period}`, { method: 'PUT', body: input, schema: OneReport })).report;
}

export async function submitReport(id: number, version: number): Promise<ReportDetail> {
  // Submitting this version of this report is one action, however often the request is sent.
  const idempotencyKey = `report-${id}-submit-v${version}`;
  return (await apiRequest(`/api/reports/${id}/submit`, { method: 'POST', body: { version }, schema: OneReport, idempotencyKey })).report;
}

const SubmittedReports = z.object({ reports: z.array(z.object({ id: z.number(), state: z.enum(REPORT_STATES), version: z.number() })) });

/** FNV-1a of a text: a short, stable name for a long list (not a secret). */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}

/** Submits several reports at once, all or none (the server names the report that stopped it). */
export async function submitReportBatch(reports: { id: number; version: number }[]) {
  // These versions of these reports are one action, however often the request is sent.
  const idempotencyKey = `reports-submit-${reports.length}-${shortHash(reports.map(({ id, version }) => `${id}v${version}`).join(','))}`;
  return (await apiRequest('/api/reports/submit-batch', { method: 'POST', body: { reports }, schema: SubmittedReports, idempotencyKey })).reports;
}

export async function withdrawReport(id: number, version: number): Promise<ReportDetail> {
  return (await apiRequest(`/api/reports/${id}/withdraw`, { method: 'POST', body: { version }, schema: OneReport })).report;
}

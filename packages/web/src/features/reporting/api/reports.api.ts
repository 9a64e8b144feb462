import type {
  OneReport,
  OwedReport,
  OwedReports,
  ReportDetail,
  ReportDraftInput,
  ReportListParams,
  ReportPage,
  SubmittedReports,
} from '@plantrack/contract/reporting/reports.contract';
import { apiRequest } from '../../../shared/api/api-client';

export const reportKeys = {
  all: ['reports'] as const,
  list: (params: ReportListParams) => ['reports', 'list', params] as const,
  detail: (id: number) => ['reports', 'detail', id] as const,
  owed: ['reports', 'owed'] as const,
};

export async function fetchReports(params: ReportListParams, signal?: AbortSignal): Promise<ReportPage> {
  return apiRequest<ReportPage>('/api/reports', { query: { ...params }, signal });
}

export async function fetchReport(id: number, signal?: AbortSignal): Promise<ReportDetail> {
  return (await apiRequest<OneReport>(`/api/reports/${id}`, { signal })).report;
}

export async function fetchOwedReports(signal?: AbortSignal): Promise<OwedReport[]> {
  return (await apiRequest<OwedReports>('/api/reporting/owed', { signal })).owed;
}

export async function saveReportDraft(itemId: number, period: string, input: ReportDraftInput): Promise<ReportDetail> {
  return (await apiRequest<OneReport>(`/api/items/${itemId}/reports/${period}`, { method: 'PUT', body: input })).report;
}

export async function submitReport(id: number, version: number): Promise<ReportDetail> {
  // Submitting this version of this report is one action, however often the request is sent.
  const idempotencyKey = `report-${id}-submit-v${version}`;
  return (await apiRequest<OneReport>(`/api/reports/${id}/submit`, { method: 'POST', body: { version }, idempotencyKey })).report;
}

/** FNV-1a of a text: a short, stable name for a long list (not a secret). */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}

/** Submits several reports at once, all or none (the server names the report that stopped it). */
export async function submitReportBatch(reports: { id: number; version: number }[]): Promise<SubmittedReports['reports']> {
  // These versions of these reports are one action, however often the request is sent.
  const idempotencyKey = `reports-submit-${reports.length}-${shortHash(reports.map(({ id, version }) => `${id}v${version}`).join(','))}`;
  return (await apiRequest<SubmittedReports>('/api/reports/submit-batch', { method: 'POST', body: { reports }, idempotencyKey })).reports;
}

export async function withdrawReport(id: number, version: number): Promise<ReportDetail> {
  return (await apiRequest<OneReport>(`/api/reports/${id}/withdraw`, { method: 'POST', body: { version } })).report;
}

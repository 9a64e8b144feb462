import * as z from 'zod/mini';
import { apiRequest } from '../../../shared/api/api-client';
import { Evidence } from './reports.api';

/** POST /api/reports/:id/evidence — one file per request (multipart field `file`). */
export async function uploadEvidence(reportId: number, file: File): Promise<Evidence> {
  const form = new FormData();
  form.append('file', file, file.name);
  return (await apiRequest(`/api/reports/${reportId}/evidence`, { method: 'POST', body: form, schema: z.object({ evidence: Evidence }) })).evidence;
}

export async function deleteEvidence(id: number): Promise<void> {
  await apiRequest(`/api/evidence/${id}`, { method: 'DELETE', schema: z.unknown() });
}

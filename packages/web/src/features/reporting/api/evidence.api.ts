import type { Evidence, OneEvidence } from '@plantrack/contract/reporting/evidence/evidence.contract';
import { apiRequest } from '../../../shared/api/api-client';

/** POST /api/reports/:id/evidence — one file per request (multipart field `file`). */
export async function uploadEvidence(reportId: number, file: File): Promise<Evidence> {
  const form = new FormData();
  form.append('file', file, file.name);
  return (await apiRequest<OneEvidence>(`/api/reports/${reportId}/evidence`, { method: 'POST', body: form })).evidence;
}

export async function deleteEvidence(id: number): Promise<void> {
  await apiRequest<null>(`/api/evidence/${id}`, { method: 'DELETE' });
}

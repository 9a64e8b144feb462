import type { PublicProgress } from '@plantrack/contract/public/public-progress.contract';
import { apiRequest } from '../../../shared/api/api-client';

/** GET /api/public/progress — no session: the public items only. */
export function fetchPublicProgress(signal?: AbortSignal): Promise<PublicProgress> {
  return apiRequest<PublicProgress>('/api/public/progress', { signal });
}

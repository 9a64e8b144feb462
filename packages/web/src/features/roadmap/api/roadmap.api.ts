import type { Roadmap } from '@plantrack/contract/dashboard/dashboard.contract';
import { apiRequest } from '../../../shared/api/api-client';

export const roadmapKeys = {
  year: (year: number | undefined) => ['dashboard', 'roadmap', { year }] as const,
};

/** GET /api/dashboard/roadmap — without a year the server picks the current one inside the plan. */
export async function fetchRoadmap(year: number | undefined, signal?: AbortSignal): Promise<Roadmap> {
  return apiRequest<Roadmap>('/api/dashboard/roadmap', { query: { year }, signal });
}

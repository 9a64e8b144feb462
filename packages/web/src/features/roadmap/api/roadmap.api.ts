import type { Roadmap, RoadmapCellMilestones } from '@plantrack/contract/dashboard/dashboard.contract';
import { parsePeriod } from '@plantrack/domain';
import { apiRequest } from '../../../shared/api/api-client';

export const roadmapKeys = {
  year: (year: number | undefined) => ['dashboard', 'roadmap', { year }] as const,
  cell: (area: string, period: string) => ['dashboard', 'roadmap', 'cell', { area, period }] as const,
};

/** GET /api/dashboard/roadmap — without a year the server picks the current one inside the plan. */
export async function fetchRoadmap(year: number | undefined, signal?: AbortSignal): Promise<Roadmap> {
  return apiRequest<Roadmap>('/api/dashboard/roadmap', { query: { year }, signal });
}

/** The most milestones the server sends at once. */
export const CELL_PAGE_SIZE = 200;

/** GET /api/dashboard/roadmap/cell — one page of an area's milestones in a quarter (`area` is the row's key). */
export async function fetchRoadmapCell(area: string, period: string, page: number, signal?: AbortSignal): Promise<RoadmapCellMilestones> {
  const { year, quarter } = parsePeriod(period);
  return apiRequest<RoadmapCellMilestones>('/api/dashboard/roadmap/cell', { query: { year, quarter, area, page, pageSize: CELL_PAGE_SIZE }, signal });
}

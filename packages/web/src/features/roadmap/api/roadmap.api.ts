import * as z from 'zod/mini';
import { SCHEDULE_STATUSES } from '@plantrack/domain';
import { apiRequest } from '../../../shared/api/api-client';
import { StatusCounts } from '../../dashboard/api/dashboard.api';

export type RoadmapCounts = z.infer<typeof StatusCounts>;

/** A milestone the advancement plan sets for the quarter, with the item's computed status then. */
const RoadmapMilestone = z.object({
  item: z.object({ id: z.number(), code: z.string(), title: z.string(), leadDepartment: z.nullable(z.string()) }),
  milestone: z.nullable(z.string()),
  plannedPercent: z.nullable(z.number()),
  status: z.enum(SCHEDULE_STATUSES),
  planned: z.nullable(z.number()),
  actual: z.nullable(z.number()),
  reasonZh: z.string(),
  reasonEn: z.string(),
});
export type RoadmapMilestone = z.infer<typeof RoadmapMilestone>;

const RoadmapCell = z.object({ period: z.string(), counts: StatusCounts, milestones: z.array(RoadmapMilestone) });
export type RoadmapCell = z.infer<typeof RoadmapCell>;

const RoadmapArea = z.object({ key: z.string(), label: z.string(), filter: z.record(z.string(), z.string()), cells: z.array(RoadmapCell) });
export type RoadmapArea = z.infer<typeof RoadmapArea>;

const RoadmapQuarter = z.object({
  period: z.string(),
  isCurrent: z.boolean(),
  cycle: z.nullable(z.object({ id: z.number(), status: z.string(), deadline: z.string() })),
  counts: StatusCounts,
});
export type RoadmapQuarter = z.infer<typeof RoadmapQuarter>;

export const Roadmap = z.object({
  year: z.number(),
  years: z.array(z.number()),
  currentPeriod: z.string(),
  quarters: z.array(RoadmapQuarter),
  areas: z.array(RoadmapArea),
});
export type Roadmap = z.infer<typeof Roadmap>;

export const roadmapKeys = {
  year: (year: number | undefined) => ['dashboard', 'roadmap', { year }] as const,
};

/** GET /api/dashboard/roadmap — without a year the server picks the current one inside the plan. */
export async function fetchRoadmap(year: number | undefined, signal?: AbortSignal): Promise<Roadmap> {
  return apiRequest('/api/dashboard/roadmap', { query: { year }, schema: Roadmap, signal });
}

import * as z from 'zod/mini';
import { INDICATOR_STATUSES, SCHEDULE_STATUSES } from '@plantrack/domain';
import { apiRequest } from '../../../shared/api/api-client';

/** How many items stand at each schedule status (the dashboard's groups, the roadmap's cells). */
export const StatusCounts = z.object({
  completed: z.number(),
  on_schedule: z.number(),
  slightly_behind: z.number(),
  seriously_behind: z.number(),
  not_reported: z.number(),
  not_started: z.number(),
  total: z.number(),
});
export type StatusCounts = z.infer<typeof StatusCounts>;

/** One row of "status by area / department / leader / ledger"; `filter` lists exactly its items. */
const StatusGroup = z.object({ key: z.string(), label: z.string(), counts: StatusCounts, filter: z.record(z.string(), z.string()) });
export type StatusGroup = z.infer<typeof StatusGroup>;

const Warning = z.object({
  kind: z.string(),
  level: z.enum(['yellow', 'red']),
  subject: z.object({ type: z.enum(['item', 'indicator', 'supervision_order']), id: z.string() }),
  period: z.nullable(z.string()),
  messageZh: z.string(),
  messageEn: z.string(),
});
export type Warning = z.infer<typeof Warning>;

const RankingEntry = z.object({
  departmentId: z.number(),
  name: z.string(),
  itemCount: z.number(),
  total: z.nullable(z.number()),
  rank: z.nullable(z.number()),
  indicatorRankPoints: z.nullish(z.number()),
  components: z.object({
    onSchedule: z.nullable(z.number()),
    timeliness: z.nullable(z.number()),
    quality: z.nullable(z.number()),
    supervision: z.nullable(z.number()),
  }),
});
export type RankingEntry = z.infer<typeof RankingEntry>;

/** Items whose responsibility chain lacks its leader or lead department, out of all items in view. */
const ChainCounts = z.object({ total: z.number(), incomplete: z.number() });
export type ChainCounts = z.infer<typeof ChainCounts>;

/** Indicators by the status of their primary target, and the worst ones by name (counted by the server). */
const IndicatorOverview = z.object({
  total: z.number(),
  counts: z.record(z.enum(INDICATOR_STATUSES), z.number()),
  atRisk: z.array(z.object({ id: z.number(), name: z.string(), status: z.enum(INDICATOR_STATUSES) })),
});
export type IndicatorOverview = z.infer<typeof IndicatorOverview>;

export const DashboardSummary = z.object({
  asOf: z.string(),
  today: z.string(),
  cycle: z.nullable(z.object({ id: z.number(), status: z.string(), deadline: z.string() })),
  /** What narrows every number (a leader's portfolio: `{ leader }`); links to the items carry it. */
  filter: z.optional(z.record(z.string(), z.string())),
  totals: StatusCounts,
  byArea: z.array(StatusGroup),
  byDepartment: z.array(StatusGroup),
  byLeader: z.array(StatusGroup),
  byLedger: z.array(StatusGroup),
  warnings: z.array(Warning),
  ranking: z.array(RankingEntry),
  chain: ChainCounts,
  indicators: IndicatorOverview,
});
export type DashboardSummary = z.infer<typeof DashboardSummary>;

const Portfolio = z.union([
  z.object({ linked: z.literal(false) }),
  z.extend(DashboardSummary, {
    linked: z.literal(true),
    leaderPersonId: z.number(),
    /** The leader's 批示 still waiting for the department: to acknowledge (阅办), to answer (落实反馈). */
    instructions: z.object({ awaitingRead: z.number(), awaitingFeedback: z.number() }),
  }),
]);
export type Portfolio = z.infer<typeof Portfolio>;

export const STATUS_ORDER = SCHEDULE_STATUSES;

export const dashboardKeys = {
  summary: (asOf: string | undefined) => ['dashboard', 'summary', { asOf }] as const,
  portfolio: (asOf: string | undefined, leader: number | undefined) => ['dashboard', 'portfolio', { asOf, leader }] as const,
};

export async function fetchDashboardSummary(asOf: string | undefined, signal?: AbortSignal): Promise<DashboardSummary> {
  return apiRequest('/api/dashboard/summary', { query: { asOf }, schema: DashboardSummary, signal });
}

export async function fetchPortfolio(asOf: string | undefined, leader: number | undefined, signal?: AbortSignal): Promise<Portfolio> {
  return apiRequest('/api/dashboard/portfolio', { query: { asOf, leader }, schema: Portfolio, signal });
}

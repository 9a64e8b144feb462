/**
 * The dashboard (总览): status counts, warnings and the department ranking of a quarter; a leader's
 * portfolio; the roadmap of a year; and "what I owe". Every status is computed from approved data.
 */
import {
  INDICATOR_STATUSES,
  MILESTONE_BASES,
  SCHEDULE_STATUSES,
  STATUS_COLOURS,
  WARNING_KINDS,
  WARNING_LEVELS,
  WARNING_SUBJECT_TYPES,
} from '@plantrack/domain';
import type { ScheduleStatus } from '@plantrack/domain';
import { z } from 'zod';
import { Indicator } from '../indicators/indicators.contract.js';
import { CYCLE_STATUSES } from '../reporting/cycles.contract.js';
import { PageQuery, PeriodText } from '../shared.contract.js';

export const AsOfQuery = z.strictObject({ asOf: PeriodText.optional().describe('季度；不给则为当前季度（限于计划年份内）') });
export const PortfolioQuery = AsOfQuery.extend({ leader: z.coerce.number().int().positive().optional().describe('办公室查看某位市领导（人员 id）') });

/** `year` of the plan to lay out by quarter; without it, the current year kept inside the plan's years. */
export const RoadmapQuery = z.strictObject({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});
export type RoadmapQuery = z.infer<typeof RoadmapQuery>;

const Count = z.number().int();

/** How many items stand at each schedule status, and in all. */
export const StatusCounts = z
  .object({ ...(Object.fromEntries(SCHEDULE_STATUSES.map((status) => [status, Count])) as Record<ScheduleStatus, typeof Count>), total: Count })
  .meta({ id: 'StatusCounts' });
export type StatusCounts = z.infer<typeof StatusCounts>;

/** Query parameters of the item list (`/api/items?…`) that list exactly the items counted. */
const ItemFilter = z.record(z.string(), z.string()).describe('事项列表的查询参数，点击数字即列出这些事项');

/** One row of "status by area / department / leader / ledger". */
export const StatusGroup = z.object({ key: z.string(), label: z.string(), counts: StatusCounts, filter: ItemFilter }).meta({ id: 'StatusGroup' });
export type StatusGroup = z.infer<typeof StatusGroup>;

/** A warning (预警) derived from statuses and dates, red before yellow. */
export const Warning = z
  .object({
    kind: z.enum(WARNING_KINDS),
    level: z.enum(WARNING_LEVELS),
    subject: z.object({ type: z.enum(WARNING_SUBJECT_TYPES), id: z.string() }),
    period: z.string().nullable(),
    messageZh: z.string(),
    messageEn: z.string(),
  })
  .meta({ id: 'Warning' });
export type Warning = z.infer<typeof Warning>;

/** How many warnings there are in all and by level (the summary carries only the first few). */
export const WarningCounts = z.object({ total: Count, red: Count, yellow: Count });
export type WarningCounts = z.infer<typeof WarningCounts>;

/** The summary's warnings a page at a time, in the summary's order, optionally narrowed. */
export const WarningsQuery = AsOfQuery.extend({
  ...PageQuery,
  level: z.enum(WARNING_LEVELS).optional(),
  kind: z.enum(WARNING_KINDS).optional(),
  department: z.coerce.number().int().positive().optional().describe('牵头部门（事项、指标所属事项、督办单所涉事项）'),
});
export type WarningsQuery = z.infer<typeof WarningsQuery>;

export const WarningPage = z
  .object({ warnings: z.array(Warning), total: Count.describe('符合条件的预警数'), page: Count, pageSize: Count })
  .meta({ id: 'WarningPage' });
export type WarningPage = z.infer<typeof WarningPage>;

/** A department's score (out of 100) for the quarter and its rank; null where there was nothing to measure. */
export const RankingEntry = z
  .object({
    departmentId: z.number().int(),
    name: z.string(),
    itemCount: z.number().int().describe('牵头事项数'),
    components: z.object({
      onSchedule: z.number().nullable(),
      timeliness: z.number().nullable(),
      quality: z.number().nullable(),
      supervision: z.number().nullable(),
    }),
    total: z.number().nullable(),
    rank: z.number().int().nullable().describe('并列同名次，其后跳位（1, 1, 3）'),
    indicatorRankPoints: z.number().nullable().describe('争先进位得分'),
  })
  .meta({ id: 'RankingEntry' });
export type RankingEntry = z.infer<typeof RankingEntry>;

/** Items whose responsibility chain lacks its leader or lead department, out of all items in view. */
export const ChainCounts = z.object({ total: Count, incomplete: Count });
export type ChainCounts = z.infer<typeof ChainCounts>;

/** Indicators by the status of their primary target, and the worst ones by name (counted by the server). */
export const IndicatorOverview = z.object({
  total: Count,
  counts: z.record(z.enum(INDICATOR_STATUSES), Count),
  atRisk: z.array(z.object({ id: z.number().int(), name: z.string(), status: z.enum(INDICATOR_STATUSES) })),
});
export type IndicatorOverview = z.infer<typeof IndicatorOverview>;

export const CycleRef = z.object({ id: z.number().int(), status: z.enum(CYCLE_STATUSES), deadline: z.string() }).describe('该季度的报送周期；没有则为 null');

export const DashboardSummary = z
  .object({
    asOf: z.string().describe('季度，如 2023Q2'),
    asOfLabel: z.string(),
    today: z.string(),
    cycle: CycleRef.nullable(),
    filter: ItemFilter.describe('限定所有数字的条件（市领导分管：{ leader }），事项链接同样带上'),
    totals: StatusCounts,
    byArea: z.array(StatusGroup),
    byDepartment: z.array(StatusGroup),
    byLeader: z.array(StatusGroup),
    byLedger: z.array(StatusGroup),
    warnings: z.array(Warning).describe('最先的几条预警（红色在前）；全部见 GET /api/dashboard/warnings'),
    warningCounts: WarningCounts,
    ranking: z.array(RankingEntry),
    chain: ChainCounts,
    indicators: IndicatorOverview,
    indicatorsAtRisk: z.array(z.object({ id: z.number().int(), code: z.string(), name: z.string(), assessment: Indicator.shape.assessment })),
  })
  .meta({ id: 'DashboardSummary' });
export type DashboardSummary = z.infer<typeof DashboardSummary>;

/** A leader's portfolio (分管事项): the summary narrowed to their items; a leader account not linked to a person has none. */
export const Portfolio = z
  .discriminatedUnion('linked', [
    z.object({ linked: z.literal(false) }),
    DashboardSummary.extend({
      linked: z.literal(true),
      leaderPersonId: z.number().int(),
      warnings: z.array(Warning).describe('分管事项的全部预警'),
      instructions: z.object({ awaitingRead: Count, awaitingFeedback: Count }).describe('待阅办、待落实反馈的批示'),
    }),
  ])
  .meta({ id: 'Portfolio' });
export type Portfolio = z.infer<typeof Portfolio>;

/** A milestone the advancement plan sets for the quarter, with the item's computed status then. */
export const RoadmapMilestone = z
  .object({
    item: z.object({ id: z.number().int(), code: z.string(), title: z.string(), leadDepartment: z.string().nullable() }),
    milestone: z.string().nullable(),
    plannedPercent: z.number().nullable(),
    status: z.enum(SCHEDULE_STATUSES),
    statusLabel: z.string(),
    colour: z.enum(STATUS_COLOURS),
    basis: z.enum(MILESTONE_BASES).describe('planned 与 actual 的口径：累计或当年'),
    planned: z.number().nullable(),
    actual: z.number().nullable(),
    gap: z.number().nullable(),
    reasonZh: z.string(),
    reasonEn: z.string(),
  })
  .meta({ id: 'RoadmapMilestone' });
export type RoadmapMilestone = z.infer<typeof RoadmapMilestone>;

/** One area in one quarter: its items' status counts and how many milestones it holds (listed by `RoadmapCellMilestones`). */
export const RoadmapCell = z.object({
  period: z.string(),
  counts: StatusCounts,
  milestoneCount: z.number().int().describe('该季度计划节点数；节点本身按格取（/api/dashboard/roadmap/cell）'),
});
export type RoadmapCell = z.infer<typeof RoadmapCell>;

export const RoadmapArea = z.object({ key: z.string(), code: z.string(), label: z.string(), filter: ItemFilter, cells: z.array(RoadmapCell) });
export type RoadmapArea = z.infer<typeof RoadmapArea>;

export const RoadmapQuarter = z.object({
  period: z.string(),
  periodLabel: z.string(),
  isCurrent: z.boolean(),
  cycle: CycleRef.nullable(),
  counts: StatusCounts,
});
export type RoadmapQuarter = z.infer<typeof RoadmapQuarter>;

/** The roadmap (施工路线图): the plan's areas × one year's quarters, each cell with its counts only. */
export const Roadmap = z
  .object({
    year: z.number().int(),
    years: z.array(z.number().int()).describe('计划的所有年份'),
    today: z.string(),
    currentPeriod: z.string(),
    quarters: z.array(RoadmapQuarter),
    areas: z.array(RoadmapArea),
  })
  .meta({ id: 'Roadmap' });
export type Roadmap = z.infer<typeof Roadmap>;

/** One cell of the roadmap: the area's `key` (`none` for items outside every area) and the year's quarter. */
export const RoadmapCellQuery = z.strictObject({
  year: z.coerce.number().int().min(2000).max(2100),
  area: z.string().min(1).max(40).describe('领域代码；未分领域为 none'),
  quarter: z.coerce.number().int().min(1).max(4),
  ...PageQuery,
});
export type RoadmapCellQuery = z.infer<typeof RoadmapCellQuery>;

/** A cell's milestones, a page at a time (by item code), with how many there are in all. */
export const RoadmapCellMilestones = z
  .object({
    period: z.string(),
    area: z.object({ key: z.string(), label: z.string() }),
    milestones: z.array(RoadmapMilestone),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .meta({ id: 'RoadmapCellMilestones' });
export type RoadmapCellMilestones = z.infer<typeof RoadmapCellMilestones>;

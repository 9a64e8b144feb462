/** Ledger items (台账条目): listing, reading with the computed status, changing, deleting. */
import { MILESTONE_BASES, SCHEDULE_STATUSES } from '@plantrack/domain';
import { z } from 'zod';
import { CHAIN_LINKS, PILOT_LEVELS, PILOT_STAGES } from '../enums.js';
import { IndicatorCreate } from '../indicators/indicators.contract.js';
import { DateText, LedgerKind, OptionalText, PageQuery, PeriodText, VersionField } from '../shared.contract.js';

export const ItemListQuery = z.strictObject({
  ledger: LedgerKind.optional(),
  area: z.string().max(20).optional(),
  department: z.string().max(100).optional(),
  leader: z.coerce.number().int().positive().optional(),
  q: z.string().trim().max(100).optional(),
  chain: z.enum(['incomplete']).optional(),
  /** Computed schedule status in the `asOf` quarter (default: the current quarter). */
  status: z.enum(SCHEDULE_STATUSES).optional(),
  asOf: PeriodText.optional(),
  sort: z.enum(['code', 'title', 'deadline', 'updatedAt']).default('code'),
  order: z.enum(['asc', 'desc']).default('asc'),
  ...PageQuery,
});
export type ItemListQuery = z.infer<typeof ItemListQuery>;
/** What the web sends: every filter optional, numbers as numbers (the server coerces the query text). */
export type ItemListParams = Partial<ItemListQuery>;

/** What the office writes on an item, when creating it and when changing it. */
export const ItemFields = {
  title: z.string().trim().min(1).max(500),
  measures: OptionalText(5000),
  targets: OptionalText(5000),
  yearKeyWork: OptionalText(5000),
  deadlineText: OptionalText(100),
  deadline: DateText.nullable(),
  startDate: DateText.nullable(),
  sourceClause: OptionalText(2000),
  provinceText: OptionalText(5000),
  citySource: OptionalText(500),
  remarks: OptionalText(2000),
  areaCode: z.string().max(20).nullable(),
  leaderPersonId: z.number().int().positive().nullable(),
  leadDepartmentId: z.number().int().positive().nullable(),
  coDepartmentIds: z.array(z.number().int().positive()).max(50),
  sectionId: z.number().int().positive().nullable(),
  staffPersonId: z.number().int().positive().nullable(),
  pilotLevel: z.enum(PILOT_LEVELS).nullable(),
  pilotStage: z.enum(PILOT_STAGES).nullable(),
  pilotStageDate: DateText.nullable(),
  isPublic: z.boolean(),
  ledgers: z.array(LedgerKind).min(1).max(5),
};

/** A new item; one of the key-indicator ledger is created with its indicator's fields. */
export const ItemCreate = z
  .strictObject({ code: z.string().trim().min(1).max(40), ...ItemFields, indicator: IndicatorCreate })
  .partial()
  .required({ code: true, title: true, ledgers: true })
  // An item of the key-indicator ledger is an indicator (made with it); nothing else carries indicator fields.
  .refine((item) => item.indicator === undefined || item.ledgers.includes('key_indicators'), {
    message: '只有重点指标台账（key_indicators）的条目才有指标字段，请把条目加入该台账或去掉 indicator',
    path: ['indicator'],
  });
export type ItemCreate = z.infer<typeof ItemCreate>;
export type ItemCreateInput = z.input<typeof ItemCreate>;

export const ItemPatch = z
  .strictObject({ version: VersionField, ...ItemFields })
  .partial()
  .required({ version: true });
export type ItemPatch = z.infer<typeof ItemPatch>;
export type ItemPatchInput = z.input<typeof ItemPatch>;

export const ItemDetailQuery = z.strictObject({ asOf: PeriodText.optional() });
export const ItemDeleteQuery = z.strictObject({ version: z.coerce.number().pipe(VersionField) });

const STATUS_COLOURS = ['green', 'yellow', 'red', 'grey'] as const;

/** A computed schedule status: label and colour, planned against reported, and the one-sentence reason. */
export const ScheduleOutcome = z
  .object({
    status: z.enum(SCHEDULE_STATUSES),
    statusLabel: z.string(),
    colour: z.enum(STATUS_COLOURS),
    basis: z.enum(MILESTONE_BASES).describe('planned 与 actual 的口径：整体任务（cumulative）或当年任务（annual）'),
    planned: z.number().nullable(),
    actual: z.number().nullable(),
    gap: z.number().nullable().describe('planned − actual，百分点'),
    reasonZh: z.string(),
    reasonEn: z.string(),
  })
  .meta({ id: 'ScheduleOutcome' });
export type ScheduleOutcome = z.infer<typeof ScheduleOutcome>;

/** The item's computed status for a quarter (the asOf quarter). */
export const ItemSchedule = ScheduleOutcome.extend({ period: z.string(), periodLabel: z.string(), isOverridden: z.boolean() }).meta({ id: 'ItemSchedule' });
export type ItemSchedule = z.infer<typeof ItemSchedule>;

const DepartmentBrief = z.object({ id: z.number().int(), name: z.string().nullable(), shortName: z.string().nullable() });

/** "Who is answerable for this?" — and, when the answer has holes, exactly which ones. */
export const Responsibility = z
  .object({
    leader: z.object({ id: z.number().int(), name: z.string().nullable(), title: z.string().nullable() }).nullable(),
    leadDepartment: DepartmentBrief.extend({ source: z.string().nullable() }).nullable(),
    coDepartments: z.array(z.object({ id: z.number().int(), name: z.string(), shortName: z.string() })),
    section: z.object({ id: z.number().int(), name: z.string().nullable() }).nullable(),
    staff: z.object({ id: z.number().int(), name: z.string().nullable(), phone: z.string().nullable().describe('列表中打码') }).nullable(),
    isComplete: z.boolean(),
    gaps: z.array(z.enum(CHAIN_LINKS)),
    gapsZh: z.string().nullable(),
  })
  .meta({ id: 'Responsibility' });
export type Responsibility = z.infer<typeof Responsibility>;

export const Item = z
  .object({
    id: z.number().int(),
    code: z.string(),
    title: z.string(),
    measures: z.string().nullable(),
    targets: z.string().nullable(),
    yearKeyWork: z.string().nullable(),
    deadlineText: z.string().nullable(),
    deadline: z.string().nullable(),
    startDate: z.string().nullable(),
    sourceClause: z.string().nullable(),
    provinceText: z.string().nullable(),
    citySource: z.string().nullable(),
    remarks: z.string().nullable(),
    area: z.object({ id: z.number().int(), code: z.string().nullable(), numeral: z.string().nullable(), title: z.string().nullable() }).nullable(),
    ledgers: z.array(LedgerKind),
    responsibility: Responsibility,
    pilot: z.object({ level: z.enum(PILOT_LEVELS).nullable(), stage: z.enum(PILOT_STAGES).nullable(), stageDate: z.string().nullable() }).nullable(),
    isPublic: z.boolean(),
    isSample: z.boolean(),
    dataSource: z.string().nullable(),
    version: z.number().int(),
    updatedAt: z.string(),
    policies: z.object({ canEdit: z.boolean(), canEditPlans: z.boolean(), canDelete: z.boolean() }),
    schedule: ItemSchedule.nullable(),
  })
  .meta({ id: 'Item' });
export type Item = z.infer<typeof Item>;

export const ItemPage = z.object({
  items: z.array(Item),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  asOf: z.string().describe('计算序时状态的季度'),
});
export type ItemPage = z.infer<typeof ItemPage>;
export const OneItem = z.object({ item: Item });
export type OneItem = z.infer<typeof OneItem>;

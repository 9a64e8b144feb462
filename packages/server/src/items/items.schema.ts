import { z } from 'zod';
import { SCHEDULE_STATUSES } from '@plantrack/domain';
import { IndicatorCreate } from '@plantrack/contract/indicators/indicators.contract';
import { DateText, LedgerKind, OptionalText, PageQuery, PeriodText, VersionField } from '../shared/schemas.js';

export const PILOT_LEVELS = ['national', 'provincial', 'city'] as const;
export const PILOT_STAGES = ['planning', 'applying', 'under_review', 'approved', 'rejected', 'built'] as const;

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

const ItemFields = {
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

export const ItemPatch = z
  .strictObject({ version: VersionField, ...ItemFields })
  .partial()
  .required({ version: true });
export type ItemPatch = z.infer<typeof ItemPatch>;

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

export const ItemDetailQuery = z.strictObject({ asOf: PeriodText.optional() });

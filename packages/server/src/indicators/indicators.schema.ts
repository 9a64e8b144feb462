import { z } from 'zod';
import { DecimalText, IdParam, OptionalText, PageQuery, PeriodText, VersionField } from '../shared/schemas.js';

export const INDICATOR_DIRECTIONS = ['higher_better', 'lower_better'] as const;
/** `level` values grow by compounding; the others (rates, shares, ratios) are compared linearly. */
export const VALUE_KINDS = ['level', 'rate', 'growth_rate', 'share', 'ratio'] as const;

export const IndicatorListQuery = z.strictObject({
  area: z.string().max(20).optional(),
  department: z.string().max(100).optional(),
  q: z.string().trim().max(100).optional(),
  asOf: PeriodText.optional(),
  /** Retired indicators are left out unless asked for: `include` shows them too, `only` alone. */
  retired: z.enum(['exclude', 'include', 'only']).default('exclude'),
  ...PageQuery,
});
export type IndicatorListQuery = z.infer<typeof IndicatorListQuery>;

const Year = z.number().int().min(2000, '年份应在 2000—2100 之间').max(2100, '年份应在 2000—2100 之间');

/** What the office keeps of an indicator beside its item (name, area, responsibility chain). */
const IndicatorFields = {
  unit: OptionalText(20),
  direction: z.enum(INDICATOR_DIRECTIONS),
  valueKind: z.enum(VALUE_KINDS),
  baselineYear: Year.nullable(),
  baselineValue: DecimalText.nullable(),
  baselineNote: OptionalText(200),
  targetYear: Year.nullable(),
  target: DecimalText.nullable(),
  targetQualifier: OptionalText(50),
  provinceTarget: DecimalText.nullable(),
  stretchTarget: DecimalText.nullable(),
  dataSourceDepartmentId: z.number().int().positive().nullable(),
  yearlyTargets: z
    .array(z.strictObject({ year: Year, value: DecimalText }))
    .max(20)
    .refine((targets) => new Set(targets.map((t) => t.year)).size === targets.length, '每个年份只能有一个年度目标，请合并重复的年份'),
};

type IndicatorYears = { baselineYear?: number | null; targetYear?: number | null };

/** A target year before the baseline year cannot be assessed (the growth rule divides by the years between). */
const targetAfterBaseline = (fields: IndicatorYears) => fields.baselineYear == null || fields.targetYear == null || fields.targetYear > fields.baselineYear;
const TARGET_AFTER_BASELINE = { message: '目标年份应晚于基期年份，请修改目标年份或基期年份', path: ['targetYear'] };

/** An indicator's own fields when its item is created in the key-indicator ledger (direction defaults to higher is better). */
export const IndicatorCreate = z.strictObject(IndicatorFields).partial().refine(targetAfterBaseline, TARGET_AFTER_BASELINE);
export type IndicatorCreate = z.infer<typeof IndicatorCreate>;

export const IndicatorPatch = z
  .strictObject({ version: VersionField, ...IndicatorFields })
  .partial()
  .required({ version: true })
  .refine(targetAfterBaseline, TARGET_AFTER_BASELINE);
export type IndicatorPatch = z.infer<typeof IndicatorPatch>;

export const IndicatorValueParams = IdParam.extend({ period: PeriodText });

export const IndicatorValueBody = z.strictObject({
  value: DecimalText.nullable(),
  provincialRank: z.number().int().min(1).max(100).nullable(),
  note: OptionalText(1000),
  version: VersionField.optional(),
});
export type IndicatorValueBody = z.infer<typeof IndicatorValueBody>;

export const IndicatorDetailQuery = z.strictObject({ asOf: PeriodText.optional() });

/** Retiring (or reinstating) names the version the office saw, like any change. */
export const IndicatorRetirement = z.strictObject({ version: VersionField });

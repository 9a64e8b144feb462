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
  ...PageQuery,
});
export type IndicatorListQuery = z.infer<typeof IndicatorListQuery>;

const Year = z.number().int().min(2000).max(2100);

export const IndicatorPatch = z
  .strictObject({
    version: VersionField,
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
    yearlyTargets: z.array(z.strictObject({ year: Year, value: DecimalText })).max(20),
  })
  .partial()
  .required({ version: true });
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

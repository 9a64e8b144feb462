/** Key indicators (重点指标): the office's fields, the approved series and the assessment against each target. */
import { GROWTH_FORMS, INDICATOR_STATUSES, REPORT_STATES } from '@plantrack/domain';
import { z } from 'zod';
import { INDICATOR_DIRECTIONS, INDICATOR_VALUE_KINDS } from '../enums.js';
import { DecimalText, OptionalText, PageQuery, PeriodText, VersionField } from '../shared.contract.js';

export const INDICATOR_RETIRED_FILTERS = ['exclude', 'include', 'only'] as const;

export const IndicatorListQuery = z.strictObject({
  area: z.string().max(20).optional(),
  department: z.string().max(100).optional(),
  q: z.string().trim().max(100).optional(),
  asOf: PeriodText.optional(),
  /** Retired indicators are left out unless asked for: `include` shows them too, `only` alone. */
  retired: z.enum(INDICATOR_RETIRED_FILTERS).default('exclude'),
  ...PageQuery,
});
export type IndicatorListQuery = z.infer<typeof IndicatorListQuery>;
export type IndicatorListQueryInput = z.input<typeof IndicatorListQuery>;

const Year = z.number().int().min(2000, '年份应在 2000—2100 之间').max(2100, '年份应在 2000—2100 之间');

/** What the office keeps of an indicator beside its item (name, area, responsibility chain). */
const IndicatorFields = {
  unit: OptionalText(20),
  direction: z.enum(INDICATOR_DIRECTIONS),
  valueKind: z.enum(INDICATOR_VALUE_KINDS),
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
export type IndicatorCreateInput = z.input<typeof IndicatorCreate>;

export const IndicatorPatch = z
  .strictObject({ version: VersionField, ...IndicatorFields })
  .partial()
  .required({ version: true })
  .refine(targetAfterBaseline, TARGET_AFTER_BASELINE);
export type IndicatorPatch = z.infer<typeof IndicatorPatch>;
export type IndicatorPatchInput = z.input<typeof IndicatorPatch>;

export const IndicatorDetailQuery = z.strictObject({ asOf: PeriodText.optional() });

/** Retiring (or reinstating) names the version the office saw, like any change. */
export const IndicatorRetirement = z.strictObject({ version: VersionField });

/** What the caller may do with a period's value now (the server checks again). */
export const IndicatorValuePolicies = z.object({ canEdit: z.boolean(), canSubmit: z.boolean(), canWithdraw: z.boolean(), canReview: z.boolean() });

export const IndicatorValue = z
  .object({
    id: z.number().int(),
    period: z.string().describe('季度，如 2023Q2'),
    state: z.enum(REPORT_STATES).describe('草稿 / 已报送 / 已退回 / 已审核：只有已审核的值计入评估'),
    stateLabel: z.string(),
    value: z.string().nullable().describe('精确小数文本'),
    provincialRank: z.number().int().nullable().describe('全省位次'),
    note: z.string().nullable(),
    isDemo: z.boolean(),
    submittedAt: z.string().nullable(),
    reviewedAt: z.string().nullable(),
    reviewComment: z.string().nullable(),
    version: z.number().int(),
    updatedAt: z.string(),
    policies: IndicatorValuePolicies.optional().describe('只在指标详情的数值序列中给出'),
  })
  .meta({ id: 'IndicatorValue' });
export type IndicatorValue = z.infer<typeof IndicatorValue>;

/** A value on the indicator's time axis: a year (baseline, target) or a quarter (a reported value). */
export const IndicatorPoint = z.union([z.object({ year: z.number().int(), value: z.number() }), z.object({ period: z.string(), value: z.number() })]);

/** Progress against one target by the growth-ratio method (PRODUCT.md). */
export const IndicatorProgress = z
  .object({
    status: z.enum(INDICATOR_STATUSES),
    form: z.enum(GROWTH_FORMS).nullable(),
    ratio: z.number().nullable(),
    achievedGrowth: z.number().nullable().describe('每年：复合增长为比例（0.05 = 5%），线性增长为单位'),
    requiredGrowth: z.number().nullable(),
    latest: IndicatorPoint.nullable(),
    projection: z.number().nullable().describe('按已达速度到目标年的预计值'),
    trajectory: z.array(z.object({ time: z.number(), value: z.number() })).describe('基期到目标每年应达的值'),
    reasonZh: z.string(),
    reasonEn: z.string(),
  })
  .meta({ id: 'IndicatorProgress' });
export type IndicatorProgress = z.infer<typeof IndicatorProgress>;

/** Against the plan's own target, the province's and the stretch target (冲击目标); null where none is set. */
export const IndicatorAssessment = z.object({
  plan: IndicatorProgress.nullable(),
  provincial: IndicatorProgress.nullable(),
  stretch: IndicatorProgress.nullable(),
});
export type IndicatorAssessment = z.infer<typeof IndicatorAssessment>;

const DepartmentShortRef = z.object({ id: z.number().int(), shortName: z.string().nullable() });

export const Indicator = z
  .object({
    id: z.number().int(),
    itemId: z.number().int(),
    code: z.string(),
    name: z.string(),
    unit: z.string().nullable(),
    direction: z.enum(INDICATOR_DIRECTIONS),
    valueKind: z.enum(INDICATOR_VALUE_KINDS),
    area: z.object({ code: z.string(), numeral: z.string().nullable(), title: z.string().nullable() }).nullable(),
    leadDepartment: DepartmentShortRef.nullable(),
    dataSourceDepartment: DepartmentShortRef.nullable(),
    baseline: z.object({ year: z.number().int().nullable(), value: z.string(), note: z.string().nullable() }).nullable(),
    target: z.object({
      year: z.number().int().nullable(),
      value: z.string().nullable(),
      qualifier: z.string().nullable(),
      rule: z.string().nullable(),
      text: z.string().nullable().describe('台账中的目标原文'),
    }),
    provinceTarget: z.string().nullable(),
    stretchTarget: z.string().nullable(),
    yearlyTargets: z.array(z.object({ year: z.number().int(), value: z.string() })),
    latestValue: IndicatorValue.nullable().describe('最近一个已审核的值'),
    assessment: IndicatorAssessment.extend({ asOf: z.string().nullable().describe('评估截至的季度；null 为全部已审核数据') }),
    values: z.array(IndicatorValue).optional().describe('数值序列：只在单个指标的回答中给出'),
    isPublic: z.boolean(),
    isSample: z.boolean(),
    retiredAt: z.string().nullable().describe('停用时间；在用为 null'),
    version: z.number().int(),
  })
  .meta({ id: 'Indicator' });
export type Indicator = z.infer<typeof Indicator>;

export const IndicatorPage = z.object({ indicators: z.array(Indicator), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
export type IndicatorPage = z.infer<typeof IndicatorPage>;
export const OneIndicator = z.object({ indicator: Indicator });
export type OneIndicator = z.infer<typeof OneIndicator>;

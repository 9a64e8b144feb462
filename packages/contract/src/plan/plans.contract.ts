/** The action plan (行动计划) and its key task areas (重点任务领域). */
import { z } from 'zod';
import { DateText, OptionalText, VersionField } from '../shared.contract.js';

const Year = z.number().int().min(2000).max(2100);

export const PlanPatch = z
  .strictObject({
    version: VersionField,
    title: z.string().trim().min(1).max(300),
    shortTitle: OptionalText(100),
    startYear: Year,
    endYear: Year,
    issuer: OptionalText(200),
    announced: DateText.nullable(),
    implementsTitle: OptionalText(300),
    implementsDocNo: OptionalText(100),
    positioning: OptionalText(5000),
  })
  .partial()
  .required({ version: true });
export type PlanPatch = z.infer<typeof PlanPatch>;
export type PlanPatchInput = z.input<typeof PlanPatch>;

export const AreaPatch = z
  .strictObject({
    version: VersionField,
    numeral: z.string().trim().min(1).max(10),
    title: z.string().trim().min(1).max(300),
    summary: OptionalText(5000),
    /** The area's quantified 2025 targets, one sentence each. */
    targets: z.array(z.string().trim().min(1).max(500)).max(50),
  })
  .partial()
  .required({ version: true });
export type AreaPatch = z.infer<typeof AreaPatch>;
export type AreaPatchInput = z.input<typeof AreaPatch>;

export const PLAN_SAMPLE_KINDS = ['public_sources', 'generated'] as const;

export const PlanPolicies = z.object({ canEdit: z.boolean() });

export const Area = z
  .object({
    id: z.number().int(),
    code: z.string(),
    numeral: z.string().describe('领域序号，如 一'),
    title: z.string(),
    summary: z.string().nullable(),
    targets: z.array(z.string()).describe('量化目标，每句一条'),
    sortOrder: z.number().int(),
    version: z.number().int(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Area' });
export type Area = z.infer<typeof Area>;

export const Plan = z
  .object({
    id: z.number().int(),
    code: z.string(),
    title: z.string(),
    shortTitle: z.string().nullable(),
    startYear: z.number().int(),
    endYear: z.number().int(),
    issuer: z.string().nullable(),
    announced: z.string().nullable().describe('印发日期 YYYY-MM-DD'),
    implementsTitle: z.string().nullable(),
    implementsDocNo: z.string().nullable(),
    positioning: z.string().nullable(),
    isSample: z.boolean().describe('示例或演示数据：界面显示横幅 sampleNotice'),
    sampleKind: z.enum(PLAN_SAMPLE_KINDS).nullable().describe('public_sources 示例数据（公开资料），generated 演示数据（生成）'),
    sampleNotice: z.string().nullable(),
    version: z.number().int(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Plan' });
export type Plan = z.infer<typeof Plan>;

/** The plan page: the plan, its areas and what the caller may change. */
export const PlanOverview = Plan.extend({ areas: z.array(Area), policies: PlanPolicies }).meta({ id: 'PlanOverview' });
export type PlanOverview = z.infer<typeof PlanOverview>;
export const OnePlan = z.object({ plan: PlanOverview });
export type OnePlan = z.infer<typeof OnePlan>;

export const AreaWithPolicies = Area.extend({ policies: PlanPolicies }).meta({ id: 'AreaWithPolicies' });
export type AreaWithPolicies = z.infer<typeof AreaWithPolicies>;
export const AreaList = z.object({ areas: z.array(AreaWithPolicies) });
export type AreaList = z.infer<typeof AreaList>;
export const OneArea = z.object({ area: AreaWithPolicies });
export type OneArea = z.infer<typeof OneArea>;

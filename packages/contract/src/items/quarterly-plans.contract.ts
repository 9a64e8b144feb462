/** An item's quarterly advancement plan (按季推进计划): each quarter's milestone and planned %. */
import { MILESTONE_BASES } from '@plantrack/domain';
import { z } from 'zod';
import { IdParam, OptionalText, PeriodText, VersionField } from '../shared.contract.js';

export const QuarterlyPlanParams = IdParam.extend({ period: PeriodText });

/** `version` is required when the quarter already has a plan (optimistic concurrency), absent when new. */
export const QuarterlyPlanBody = z.strictObject({
  milestone: OptionalText(2000),
  cumulativePercent: z.number().min(0).max(100).multipleOf(0.01).nullable(),
  /** Whose share the % is: the whole task's (cumulative) or the year's task's (annual). Absent: what the milestone says, else cumulative. */
  basis: z.enum(MILESTONE_BASES).optional(),
  version: VersionField.optional(),
});
export type QuarterlyPlanBody = z.infer<typeof QuarterlyPlanBody>;
export type QuarterlyPlanInput = z.input<typeof QuarterlyPlanBody>;

/** One quarter of the plan, planned or not (unplanned quarters have nulls), so the UI can lay out the whole roadmap. */
export const QuarterlyPlan = z
  .object({
    period: z.string(),
    periodLabel: z.string(),
    milestone: z.string().nullable(),
    cumulativePercent: z.number().nullable(),
    basis: z.enum(MILESTONE_BASES).nullable().describe('百分比的口径；无百分比时为 null'),
    version: z.number().int().nullable(),
    updatedAt: z.string().nullable(),
  })
  .meta({ id: 'QuarterlyPlan' });
export type QuarterlyPlan = z.infer<typeof QuarterlyPlan>;

export const QuarterlyPlans = z.object({ quarterlyPlans: z.array(QuarterlyPlan) });
export type QuarterlyPlans = z.infer<typeof QuarterlyPlans>;

import { MILESTONE_BASES } from '@plantrack/domain';
import { z } from 'zod';
import { IdParam, OptionalText, PeriodText, VersionField } from '../shared/schemas.js';

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

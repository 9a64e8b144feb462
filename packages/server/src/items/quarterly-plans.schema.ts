import { z } from 'zod';
import { IdParam, OptionalText, PeriodText, VersionField } from '../shared/schemas.js';

export const QuarterlyPlanParams = IdParam.extend({ period: PeriodText });

/** `version` is required when the quarter already has a plan (optimistic concurrency), absent when new. */
export const QuarterlyPlanBody = z.strictObject({
  milestone: OptionalText(2000),
  cumulativePercent: z.number().min(0).max(100).multipleOf(0.01).nullable(),
  version: VersionField.optional(),
});
export type QuarterlyPlanBody = z.infer<typeof QuarterlyPlanBody>;

import { MILESTONE_BASES } from '@plantrack/domain';
import type { MilestoneBasis } from '@plantrack/domain';
import * as z from 'zod/mini';
import { apiRequest } from '../../../shared/api/api-client';

export const QuarterlyPlan = z.object({
  period: z.string(),
  milestone: z.nullable(z.string()),
  cumulativePercent: z.nullable(z.number()),
  /** Whose share the % is; null without a figure. */
  basis: z.nullable(z.enum(MILESTONE_BASES)),
  version: z.nullable(z.number()),
  updatedAt: z.nullable(z.string()),
});
export type QuarterlyPlan = z.infer<typeof QuarterlyPlan>;

const QuarterlyPlans = z.object({ quarterlyPlans: z.array(QuarterlyPlan) });

/** One quarter's milestone and cumulative %; `version` is required when the quarter already has a plan. */
export interface QuarterlyPlanInput {
  milestone: string | null;
  cumulativePercent: number | null;
  basis?: MilestoneBasis;
  version?: number;
}

/** The basis a year's reports are asked on: annual when any of its milestones is a share of the year's task. */
export function basisOfYear(plans: readonly QuarterlyPlan[], year: number): MilestoneBasis {
  return plans.some((plan) => plan.basis === 'annual' && plan.period.startsWith(String(year))) ? 'annual' : 'cumulative';
}

export const quarterlyPlanKeys = { ofItem: (itemId: number) => ['items', 'detail', itemId, 'quarterly-plans'] as const };

export async function fetchQuarterlyPlans(itemId: number, signal?: AbortSignal): Promise<QuarterlyPlan[]> {
  return (await apiRequest(`/api/items/${itemId}/quarterly-plans`, { schema: QuarterlyPlans, signal })).quarterlyPlans;
}

export async function setQuarterlyPlan(itemId: number, period: string, input: QuarterlyPlanInput): Promise<QuarterlyPlan[]> {
  return (await apiRequest(`/api/items/${itemId}/quarterly-plans/${period}`, { method: 'PUT', body: input, schema: QuarterlyPlans })).quarterlyPlans;
}

import type { QuarterlyPlan, QuarterlyPlanInput, QuarterlyPlans } from '@plantrack/contract/items/quarterly-plans.contract';
import type { MilestoneBasis } from '@plantrack/domain';
import { apiRequest } from '../../../shared/api/api-client';

/** The basis a year's reports are asked on: annual when any of its milestones is a share of the year's task. */
export function basisOfYear(plans: readonly QuarterlyPlan[], year: number): MilestoneBasis {
  return plans.some((plan) => plan.basis === 'annual' && plan.period.startsWith(String(year))) ? 'annual' : 'cumulative';
}

export const quarterlyPlanKeys = { ofItem: (itemId: number) => ['items', 'detail', itemId, 'quarterly-plans'] as const };

export async function fetchQuarterlyPlans(itemId: number, signal?: AbortSignal): Promise<QuarterlyPlan[]> {
  return (await apiRequest<QuarterlyPlans>(`/api/items/${itemId}/quarterly-plans`, { signal })).quarterlyPlans;
}

export async function setQuarterlyPlan(itemId: number, period: string, input: QuarterlyPlanInput): Promise<QuarterlyPlan[]> {
  return (await apiRequest<QuarterlyPlans>(`/api/items/${itemId}/quarterly-plans/${period}`, { method: 'PUT', body: input })).quarterlyPlans;
}

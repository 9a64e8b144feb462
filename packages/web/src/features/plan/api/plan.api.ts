import type { OnePlan, PlanOverview } from '@plantrack/contract/plan/plans.contract';
import { apiRequest } from '../../../shared/api/api-client';

export const planKeys = { plan: ['plan'] as const };

export async function fetchPlan(signal?: AbortSignal): Promise<PlanOverview> {
  return (await apiRequest<OnePlan>('/api/plan', { signal })).plan;
}

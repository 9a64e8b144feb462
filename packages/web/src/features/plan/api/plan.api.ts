import * as z from 'zod/mini';
import { apiRequest } from '../../../shared/api/api-client';

export const Area = z.object({
  id: z.number(),
  code: z.string(),
  numeral: z.nullish(z.string()),
  title: z.string(),
  summary: z.nullish(z.string()),
  targets: z._default(z.array(z.string()), []),
});
export type Area = z.infer<typeof Area>;

export const Plan = z.object({
  id: z.number(),
  title: z.string(),
  shortTitle: z.nullish(z.string()),
  startYear: z.number(),
  endYear: z.number(),
  issuer: z.nullish(z.string()),
  isSample: z.boolean(),
  sampleKind: z.nullish(z.enum(['public_sources', 'generated'])),
  sampleNotice: z.nullish(z.string()),
  areas: z._default(z.array(Area), []),
  version: z.number(),
});
export type Plan = z.infer<typeof Plan>;

export const planKeys = { plan: ['plan'] as const };

export async function fetchPlan(signal?: AbortSignal): Promise<Plan> {
  return (await apiRequest('/api/plan', { schema: z.object({ plan: Plan }), signal })).plan;
}

import * as z from 'zod/mini';
import { apiRequest } from '../../../shared/api/api-client';

export const Cycle = z.object({
  id: z.number(),
  period: z.string(),
  deadline: z.string(),
  status: z.enum(['open', 'closed']),
  isOpen: z.boolean(),
  isPastDeadline: z.boolean(),
  closedAt: z.nullable(z.string()),
  reportCounts: z.object({ draft: z.number(), submitted: z.number(), returned: z.number(), approved: z.number() }),
  version: z.number(),
});
export type Cycle = z.infer<typeof Cycle>;

const OneCycle = z.object({ cycle: Cycle });

export const cycleKeys = { all: ['cycles'] as const };

export async function fetchCycles(signal?: AbortSignal): Promise<Cycle[]> {
  return (await apiRequest('/api/cycles', { schema: z.object({ cycles: z.array(Cycle) }), signal })).cycles;
}

export async function openCycle(input: { period: string; deadline: string }): Promise<Cycle> {
  return (await apiRequest('/api/cycles', { method: 'POST', body: input, schema: OneCycle })).cycle;
}

export async function closeCycle(id: number, version: number): Promise<Cycle> {
  return (await apiRequest(`/api/cycles/${id}/close`, { method: 'POST', body: { version }, schema: OneCycle })).cycle;
}

export async function reopenCycle(id: number, input: { version: number; reason: string; deadline?: string }): Promise<Cycle> {
  return (await apiRequest(`/api/cycles/${id}/reopen`, { method: 'POST', body: input, schema: OneCycle })).cycle;
}

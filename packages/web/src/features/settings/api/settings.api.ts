import * as z from 'zod/mini';
import type { IndicatorThresholds } from '@plantrack/domain';
import { apiRequest } from '../../../shared/api/api-client';

/** The rule settings the office may tune (thresholds, weights); the web app needs the indicator thresholds. */
const Rules = z.object({
  indicator: z.object({ onTrack: z.number(), accelerationNeeded: z.number() }),
  schedule: z.object({ yellowGap: z.number(), redGap: z.number() }),
});
export type Rules = z.infer<typeof Rules>;

export const settingsKeys = { rules: ['settings', 'rules'] as const };

export async function fetchRules(signal?: AbortSignal): Promise<Rules> {
  return (await apiRequest('/api/settings/rules', { schema: z.object({ rules: Rules }), signal })).rules;
}

export type { IndicatorThresholds };

import * as z from 'zod/mini';
import type { DomainSettings, IndicatorThresholds } from '@plantrack/domain';
import { apiRequest } from '../../../shared/api/api-client';

/** The rule settings the office may tune (thresholds, weights); the web app needs the indicator thresholds. */
const Rules = z.object({
  indicator: z.object({ onTrack: z.number(), accelerationNeeded: z.number() }),
  schedule: z.object({ yellowGap: z.number(), redGap: z.number() }),
});
export type Rules = z.infer<typeof Rules>;

const FullRules = z.object({
  schedule: z.object({ yellowGap: z.number(), redGap: z.number() }),
  indicator: z.object({ onTrack: z.number(), accelerationNeeded: z.number() }),
  departmentScore: z.object({
    weights: z.object({ onSchedule: z.number(), timeliness: z.number(), quality: z.number(), supervision: z.number() }),
    openOrderCredit: z.number(),
  }),
  rankPoints: z.object({ stepPercent: z.number() }),
});

/** The rules page: the settings in force, the defaults beside them, and when they were last saved (null: never). */
const RulesForEditing = z.object({ rules: FullRules, defaults: FullRules, updatedAt: z.nullable(z.string()) });
export type RulesForEditing = z.infer<typeof RulesForEditing>;

export const settingsKeys = { rules: ['settings', 'rules'] as const, rulesForEditing: ['settings', 'rules', 'editing'] as const };

export async function fetchRules(signal?: AbortSignal): Promise<Rules> {
  return (await apiRequest('/api/settings/rules', { schema: z.object({ rules: Rules }), signal })).rules;
}

export async function fetchRulesForEditing(signal?: AbortSignal): Promise<RulesForEditing> {
  return apiRequest('/api/settings/rules', { schema: RulesForEditing, signal });
}

/** PUT /api/settings/rules — `updatedAt` is what the editor started from; a newer save makes it 409 STALE_VERSION. */
export async function updateRules(input: DomainSettings & { updatedAt: string | null }): Promise<RulesForEditing> {
  return apiRequest('/api/settings/rules', { method: 'PUT', body: input, schema: RulesForEditing });
}

export type { DomainSettings, IndicatorThresholds };

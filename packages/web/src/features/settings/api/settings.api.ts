import type { Rules, RulesForEditing, RulesUpdateInput } from '@plantrack/contract/settings/settings.contract';
import { apiRequest } from '../../../shared/api/api-client';

export const settingsKeys = { rules: ['settings', 'rules'] as const, rulesForEditing: ['settings', 'rules', 'editing'] as const };

/** The rule settings in force (thresholds, weights); the web app needs the indicator thresholds. */
export async function fetchRules(signal?: AbortSignal): Promise<Rules> {
  return (await apiRequest<RulesForEditing>('/api/settings/rules', { signal })).rules;
}

/** The rules page: the settings in force, the defaults beside them, and when they were last saved (null: never). */
export async function fetchRulesForEditing(signal?: AbortSignal): Promise<RulesForEditing> {
  return apiRequest<RulesForEditing>('/api/settings/rules', { signal });
}

/** PUT /api/settings/rules — `updatedAt` is what the editor started from; a newer save makes it 409 STALE_VERSION. */
export async function updateRules(input: RulesUpdateInput): Promise<RulesForEditing> {
  return apiRequest<RulesForEditing>('/api/settings/rules', { method: 'PUT', body: input });
}

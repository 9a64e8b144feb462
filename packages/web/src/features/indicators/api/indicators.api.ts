import type { Indicator, IndicatorListQuery, IndicatorPage, IndicatorPatchInput, OneIndicator } from '@plantrack/contract/indicators/indicators.contract';
import { apiRequest } from '../../../shared/api/api-client';

export interface IndicatorListParams {
  area?: string;
  department?: string;
  q?: string;
  /** Retired indicators are left out unless asked for. */
  retired?: IndicatorListQuery['retired'];
  page?: number;
  pageSize?: number;
}

export const indicatorKeys = {
  all: ['indicators'] as const,
  list: (params: IndicatorListParams) => ['indicators', 'list', params] as const,
  detail: (id: number) => ['indicators', 'detail', id] as const,
};

export async function fetchIndicators(params: IndicatorListParams, signal?: AbortSignal): Promise<IndicatorPage> {
  return apiRequest<IndicatorPage>('/api/indicators', { query: { ...params }, signal });
}

export async function fetchIndicator(id: number, signal?: AbortSignal): Promise<Indicator> {
  return (await apiRequest<OneIndicator>(`/api/indicators/${id}`, { signal })).indicator;
}

/** The indicator's own fields the office's form sets (decimals as exact text). */
export type IndicatorFields = Pick<
  IndicatorPatchInput,
  'unit' | 'direction' | 'valueKind' | 'baselineYear' | 'baselineValue' | 'targetYear' | 'target' | 'provinceTarget' | 'stretchTarget' | 'yearlyTargets'
>;

/** A new indicator is an item of the key-indicator ledger with its indicator fields (POST /api/items). */
export interface IndicatorCreate {
  code: string;
  title: string;
  areaCode?: string | null;
  leadDepartmentId?: number | null;
  leaderPersonId?: number | null;
  indicator: IndicatorFields;
}

export async function createIndicator(input: IndicatorCreate): Promise<void> {
  // The answer (the new item) is not used: the list is fetched again.
  await apiRequest<unknown>('/api/items', { method: 'POST', body: { ...input, ledgers: ['key_indicators'] } });
}

export async function updateIndicator(id: number, patch: IndicatorFields & { version: number }): Promise<Indicator> {
  return (await apiRequest<OneIndicator>(`/api/indicators/${id}`, { method: 'PATCH', body: patch })).indicator;
}

/** Retires (or reinstates) with the version the office saw. */
export async function setIndicatorRetired(id: number, version: number, retire: boolean): Promise<Indicator> {
  const action = retire ? 'retire' : 'reinstate';
  return (await apiRequest<OneIndicator>(`/api/indicators/${id}/${action}`, { method: 'POST', body: { version } })).indicator;
}

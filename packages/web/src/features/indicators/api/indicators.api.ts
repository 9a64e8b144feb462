import * as z from 'zod/mini';
import { apiRequest } from '../../../shared/api/api-client';

export const IndicatorValue = z.object({
  id: z.number(),
  period: z.string(),
  /** draft / submitted / returned / approved: only approved values count. */
  state: z.optional(z.string()),
  value: z.nullable(z.string()),
  provincialRank: z.nullable(z.number()),
  note: z.nullable(z.string()),
  isDemo: z.optional(z.boolean()),
  version: z.number(),
  updatedAt: z.string(),
});
export type IndicatorValue = z.infer<typeof IndicatorValue>;

export const Indicator = z.object({
  id: z.number(),
  itemId: z.number(),
  code: z.string(),
  name: z.string(),
  unit: z.nullable(z.string()),
  direction: z.enum(['higher_better', 'lower_better']),
  valueKind: z.enum(['level', 'rate', 'growth_rate', 'share', 'ratio']),
  area: z.nullable(z.object({ code: z.string(), numeral: z.nullish(z.string()), title: z.string() })),
  leadDepartment: z.nullable(z.object({ id: z.number(), shortName: z.nullish(z.string()) })),
  dataSourceDepartment: z.nullable(z.object({ id: z.number(), shortName: z.nullish(z.string()) })),
  baseline: z.nullable(z.object({ year: z.nullable(z.number()), value: z.string(), note: z.nullable(z.string()) })),
  target: z.object({
    year: z.nullable(z.number()),
    value: z.nullable(z.string()),
    qualifier: z.nullable(z.string()),
    rule: z.nullable(z.string()),
    text: z.nullable(z.string()),
  }),
  provinceTarget: z.nullable(z.string()),
  stretchTarget: z.nullable(z.string()),
  yearlyTargets: z.array(z.object({ year: z.number(), value: z.string() })),
  latestValue: z.nullable(IndicatorValue),
  values: z.optional(z.array(IndicatorValue)),
  isPublic: z.boolean(),
  isSample: z.boolean(),
  /** When the office retired it; null while in use. */
  retiredAt: z.optional(z.nullable(z.string())),
  version: z.number(),
});
export type Indicator = z.infer<typeof Indicator>;

export type RetiredFilter = 'exclude' | 'include' | 'only';

export interface IndicatorListParams {
  area?: string;
  department?: string;
  q?: string;
  /** Retired indicators are left out unless asked for. */
  retired?: RetiredFilter;
  page?: number;
  pageSize?: number;
}

const IndicatorPage = z.object({ indicators: z.array(Indicator), total: z.number(), page: z.number(), pageSize: z.number() });
export type IndicatorPage = z.infer<typeof IndicatorPage>;

export const indicatorKeys = {
  all: ['indicators'] as const,
  list: (params: IndicatorListParams) => ['indicators', 'list', params] as const,
  detail: (id: number) => ['indicators', 'detail', id] as const,
};

export async function fetchIndicators(params: IndicatorListParams, signal?: AbortSignal): Promise<IndicatorPage> {
  return apiRequest('/api/indicators', { query: { ...params }, schema: IndicatorPage, signal });
}

export async function fetchIndicator(id: number, signal?: AbortSignal): Promise<Indicator> {
  return (await apiRequest(`/api/indicators/${id}`, { schema: z.object({ indicator: Indicator }), signal })).indicator;
}

/** An indicator's own fields, as the office sets them (decimals as exact text). */
export interface IndicatorFields {
  unit?: string | null;
  direction?: Indicator['direction'];
  valueKind?: Indicator['valueKind'];
  baselineYear?: number | null;
  baselineValue?: string | null;
  targetYear?: number | null;
  target?: string | null;
  provinceTarget?: string | null;
  stretchTarget?: string | null;
  yearlyTargets?: { year: number; value: string }[];
}

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
  await apiRequest('/api/items', { method: 'POST', body: { ...input, ledgers: ['key_indicators'] }, schema: z.object({ item: z.object({ id: z.number() }) }) });
}

export async function updateIndicator(id: number, patch: IndicatorFields & { version: number }): Promise<Indicator> {
  return (await apiRequest(`/api/indicators/${id}`, { method: 'PATCH', body: patch, schema: z.object({ indicator: Indicator }) })).indicator;
}

/** Retires (or reinstates) with the version the office saw. */
export async function setIndicatorRetired(id: number, version: number, retire: boolean): Promise<Indicator> {
  const action = retire ? 'retire' : 'reinstate';
  return (await apiRequest(`/api/indicators/${id}/${action}`, { method: 'POST', body: { version }, schema: z.object({ indicator: Indicator }) })).indicator;
}

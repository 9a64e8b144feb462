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
  version: z.number(),
});
export type Indicator = z.infer<typeof Indicator>;

export interface IndicatorListParams {
  area?: string;
  department?: string;
  q?: string;
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

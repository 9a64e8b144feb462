import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { fetchIndicators, indicatorKeys } from '../api/indicators.api';
import type { IndicatorListParams } from '../api/indicators.api';

/** GET /api/indicators — one page of the key indicators, each with its latest value. */
export function useIndicators(params: IndicatorListParams) {
  return useQuery({ queryKey: indicatorKeys.list(params), queryFn: ({ signal }) => fetchIndicators(params, signal), placeholderData: keepPreviousData });
}

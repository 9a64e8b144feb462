import { useQuery } from '@tanstack/react-query';
import { fetchIndicator, indicatorKeys } from '../api/indicators.api';

/** GET /api/indicators/:id — the indicator with its whole series of values and ranks. */
export function useIndicator(id: number) {
  return useQuery({ queryKey: indicatorKeys.detail(id), queryFn: ({ signal }) => fetchIndicator(id, signal), enabled: Number.isInteger(id) && id > 0 });
}

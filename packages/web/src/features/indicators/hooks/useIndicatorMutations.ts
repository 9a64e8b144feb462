import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createIndicator, indicatorKeys, setIndicatorRetired, updateIndicator } from '../api/indicators.api';
import type { IndicatorFields } from '../api/indicators.api';

/** A change to an indicator refreshes the indicator lists, the ledgers and the dashboard that count it. */
function useRefreshIndicators() {
  const queryClient = useQueryClient();
  return () => {
    for (const key of [indicatorKeys.all, ['items'], ['dashboard']]) void queryClient.invalidateQueries({ queryKey: key });
  };
}

/** POST /api/items with the key-indicator ledger: the new item is an indicator. */
export function useCreateIndicator() {
  const onSuccess = useRefreshIndicators();
  return useMutation({ mutationFn: createIndicator, onSuccess });
}

/** PATCH /api/indicators/:id — with the version the editor read; a stale one is 409. */
export function useUpdateIndicator() {
  const onSuccess = useRefreshIndicators();
  return useMutation({ mutationFn: ({ id, ...patch }: IndicatorFields & { id: number; version: number }) => updateIndicator(id, patch), onSuccess });
}

/** POST /api/indicators/:id/retire or /reinstate. */
export function useSetIndicatorRetired() {
  const onSuccess = useRefreshIndicators();
  return useMutation({
    mutationFn: ({ id, version, retire }: { id: number; version: number; retire: boolean }) => setIndicatorRetired(id, version, retire),
    onSuccess,
  });
}

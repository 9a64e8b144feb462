import { useQuery } from '@tanstack/react-query';
import { fetchLedgers, ledgerKeys } from '../api/ledgers.api';

/** GET /api/ledgers — the five ledgers with the number of items the caller can see in each. */
export function useLedgers() {
  return useQuery({ queryKey: ledgerKeys.all, queryFn: ({ signal }) => fetchLedgers(signal) });
}

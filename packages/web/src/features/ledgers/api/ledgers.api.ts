import type { Ledger, LedgerList } from '@plantrack/contract/ledgers/ledgers.contract';
import { apiRequest } from '../../../shared/api/api-client';

export const ledgerKeys = { all: ['ledgers'] as const };

export async function fetchLedgers(signal?: AbortSignal): Promise<Ledger[]> {
  return (await apiRequest<LedgerList>('/api/ledgers', { signal })).ledgers;
}

import * as z from 'zod/mini';
import { apiRequest } from '../../../shared/api/api-client';
import { LedgerKind } from '../../../shared/api/schemas';

export const Ledger = z.object({
  id: z.number(),
  kind: LedgerKind,
  name: z.string(),
  shortName: z.string(),
  description: z.nullish(z.string()),
  plannedCount: z.nullish(z.number()),
  itemCount: z.number(),
});
export type Ledger = z.infer<typeof Ledger>;

export const ledgerKeys = { all: ['ledgers'] as const };

export async function fetchLedgers(signal?: AbortSignal): Promise<Ledger[]> {
  return (await apiRequest('/api/ledgers', { schema: z.object({ ledgers: z.array(Ledger) }), signal })).ledgers;
}

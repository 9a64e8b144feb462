import type { LedgerKind } from '@plantrack/contract/enums';
import type { Ledger } from '@plantrack/contract/ledgers/ledgers.contract';
import type { LedgerRow } from '../db/schema.js';

/** `itemCount` counts the items the caller can see (a department: its own). */
export function presentLedger(row: LedgerRow, itemCount: number): Ledger {
  return {
    id: row.id,
    // Ledgers are only ever created with one of the five kinds (plan set-up), so the text is one of them.
    kind: row.kind as LedgerKind,
    name: row.name,
    shortName: row.shortName,
    description: row.description,
    plannedCount: row.plannedCount,
    itemCount,
    version: row.version,
  };
}

/** The ledger as the audit log keeps it: its own fields, not a caller's count. */
export function ledgerSnapshot(row: LedgerRow) {
  const { itemCount: _itemCount, ...rest } = presentLedger(row, 0);
  return rest;
}

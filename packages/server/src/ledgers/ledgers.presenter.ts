import type { LedgerRow } from '../db/schema.js';

/** `itemCount` counts the items the caller can see (a department: its own). */
export function presentLedger(row: LedgerRow, itemCount: number) {
  return {
    id: row.id,
    kind: row.kind,
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

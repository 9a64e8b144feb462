/** The plan's five ledgers (台账): their names and descriptions, and how many items each holds. */
import { z } from 'zod';
import { LedgerKind, OptionalText, VersionField } from '../shared.contract.js';

export const LedgerParams = z.strictObject({ kind: LedgerKind });

export const LedgerPatch = z
  .strictObject({
    version: VersionField,
    name: z.string().trim().min(1).max(300),
    shortName: z.string().trim().min(1).max(50),
    description: OptionalText(2000),
    /** How many items the real plan says the ledger holds (168 for the master ledger). */
    plannedCount: z.number().int().min(0).max(100_000).nullable(),
  })
  .partial()
  .required({ version: true });
export type LedgerPatch = z.infer<typeof LedgerPatch>;
export type LedgerPatchInput = z.input<typeof LedgerPatch>;

export const Ledger = z
  .object({
    id: z.number().int(),
    kind: LedgerKind,
    name: z.string(),
    shortName: z.string(),
    description: z.string().nullable(),
    plannedCount: z.number().int().nullable(),
    itemCount: z.number().int().describe('调用者可见的条目数（部门：本部门的）'),
    version: z.number().int(),
  })
  .meta({ id: 'Ledger' });
export type Ledger = z.infer<typeof Ledger>;

export const LedgerList = z.object({ ledgers: z.array(Ledger) });
export type LedgerList = z.infer<typeof LedgerList>;
export const OneLedger = z.object({ ledger: Ledger });
export type OneLedger = z.infer<typeof OneLedger>;

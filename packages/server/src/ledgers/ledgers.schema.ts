import { z } from 'zod';
import { LedgerKind, OptionalText, VersionField } from '../shared/schemas.js';

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

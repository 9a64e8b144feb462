/** Acknowledgements (签收): each department on an item signs for its assignment, through its head. */
import { z } from 'zod';
import { StepActor } from './supervision-orders.contract.js';

export const ITEM_RELATIONS = ['lead', 'co'] as const;

/** One department's line: signed or still to sign; a department that signed and has since left the item has no relation. */
export const ItemAcknowledgement = z
  .object({
    department: z.object({ id: z.number().int(), name: z.string().nullable(), shortName: z.string().nullable() }),
    relation: z.enum(ITEM_RELATIONS).nullable().describe('牵头 lead / 配合 co；已不在条目上的部门为 null'),
    isAcknowledged: z.boolean(),
    acknowledgedBy: StepActor.nullable(),
    acknowledgedAt: z.string().nullable(),
  })
  .meta({ id: 'ItemAcknowledgement' });
export type ItemAcknowledgement = z.infer<typeof ItemAcknowledgement>;

export const ItemAcknowledgements = z.object({ acknowledgements: z.array(ItemAcknowledgement), policies: z.object({ canAcknowledge: z.boolean() }) });
export type ItemAcknowledgements = z.infer<typeof ItemAcknowledgements>;

export const OneItemAcknowledgement = z.object({ acknowledgement: ItemAcknowledgement });
export type OneItemAcknowledgement = z.infer<typeof OneItemAcknowledgement>;

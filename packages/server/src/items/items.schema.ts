import { z } from 'zod';
import { ItemFields } from '@plantrack/contract/items/items.contract';
import { IndicatorCreate } from '@plantrack/contract/indicators/indicators.contract';

/**
 * A new item. It stays here, not in the items contract, until the indicators' request schemas move
 * into the contract too: an item of the key-indicator ledger is created with its indicator's fields.
 */
export const ItemCreate = z
  .strictObject({ code: z.string().trim().min(1).max(40), ...ItemFields, indicator: IndicatorCreate })
  .partial()
  .required({ code: true, title: true, ledgers: true })
  // An item of the key-indicator ledger is an indicator (made with it); nothing else carries indicator fields.
  .refine((item) => item.indicator === undefined || item.ledgers.includes('key_indicators'), {
    message: '只有重点指标台账（key_indicators）的条目才有指标字段，请把条目加入该台账或去掉 indicator',
    path: ['indicator'],
  });
export type ItemCreate = z.infer<typeof ItemCreate>;

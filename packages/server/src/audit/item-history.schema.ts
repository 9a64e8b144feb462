import { z } from 'zod';
import { PageQuery } from '../shared/schemas.js';

export const ItemHistoryQuery = z.strictObject({ ...PageQuery });
export type ItemHistoryQuery = z.infer<typeof ItemHistoryQuery>;

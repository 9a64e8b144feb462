import { z } from 'zod';
import { PageQuery } from '../shared/schemas.js';

export const AuditListQuery = z.strictObject({
  entityType: z.string().trim().min(1).max(50).optional(),
  entityId: z.string().trim().min(1).max(200).optional(),
  userId: z.coerce.number().int().positive().optional(),
  action: z.string().trim().min(1).max(100).optional(),
  ...PageQuery,
});
export type AuditListQuery = z.infer<typeof AuditListQuery>;

import { z } from 'zod';
import { PageQuery } from '../shared/schemas.js';

/** A Shanghai date (2024-03-01, the whole day) or an instant with its offset (2024-03-01T09:30:00+08:00). */
const DateOrInstant = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);

const AuditSearchFields = {
  entityType: z.string().trim().min(1).max(50).optional(),
  entityId: z.string().trim().min(1).max(200).optional(),
  userId: z.coerce.number().int().positive().optional(),
  action: z.string().trim().min(1).max(100).optional(),
  from: DateOrInstant.optional(),
  to: DateOrInstant.optional(),
  /** Free text in the action, the object and the username. */
  q: z.string().trim().min(1).max(100).optional(),
};

export const AuditListQuery = z.strictObject({ ...AuditSearchFields, ...PageQuery });
export type AuditListQuery = z.infer<typeof AuditListQuery>;

export const AuditExportQuery = z.strictObject({ ...AuditSearchFields, format: z.enum(['csv']).default('csv') });
export type AuditExportQuery = z.infer<typeof AuditExportQuery>;

export type AuditSearch = Omit<AuditListQuery, 'page' | 'pageSize'>;

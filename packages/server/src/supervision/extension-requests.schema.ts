import { z } from 'zod';
import { DateText, OptionalText, PageQuery, VersionField } from '../shared/schemas.js';

export const EXTENSION_STATUSES = ['pending', 'approved', 'rejected'] as const;

export const ExtensionRequestCreate = z.strictObject({ requestedDeadline: DateText, reason: z.string().trim().min(1).max(2000) });
export type ExtensionRequestCreate = z.infer<typeof ExtensionRequestCreate>;

export const ExtensionApprove = z.strictObject({ version: VersionField, comment: OptionalText(2000).optional() });
export type ExtensionApprove = z.infer<typeof ExtensionApprove>;

/** A refusal says why, so the department knows what to do instead. */
export const ExtensionReject = z.strictObject({ version: VersionField, comment: z.string().trim().min(1).max(2000) });
export type ExtensionReject = z.infer<typeof ExtensionReject>;

export const ExtensionRequestListQuery = z.strictObject({
  status: z.enum(EXTENSION_STATUSES).optional(),
  /** A department id or any of its names (市发改委 = 市发展改革委): requests on items it leads or co-operates on. */
  department: z.string().max(100).optional(),
  ...PageQuery,
});
export type ExtensionRequestListQuery = z.infer<typeof ExtensionRequestListQuery>;

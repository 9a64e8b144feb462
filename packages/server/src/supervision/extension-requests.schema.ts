import { z } from 'zod';
import { DateText, OptionalText, VersionField } from '../shared/schemas.js';

export const ExtensionRequestCreate = z.strictObject({ requestedDeadline: DateText, reason: z.string().trim().min(1).max(2000) });
export type ExtensionRequestCreate = z.infer<typeof ExtensionRequestCreate>;

export const ExtensionApprove = z.strictObject({ version: VersionField, comment: OptionalText(2000).optional() });
export type ExtensionApprove = z.infer<typeof ExtensionApprove>;

/** A refusal says why, so the department knows what to do instead. */
export const ExtensionReject = z.strictObject({ version: VersionField, comment: z.string().trim().min(1).max(2000) });
export type ExtensionReject = z.infer<typeof ExtensionReject>;

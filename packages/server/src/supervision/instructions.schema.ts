import { z } from 'zod';
import { VersionField } from '../shared/schemas.js';

export const InstructionCreate = z.strictObject({ text: z.string().trim().min(1).max(5000) });
export type InstructionCreate = z.infer<typeof InstructionCreate>;

/** Acknowledging needs no form; a client that sends the version it saw gets STALE_VERSION if the instruction moved on. */
export const InstructionAcknowledge = z.strictObject({ version: VersionField.optional() }).nullish();
export type InstructionAcknowledge = z.infer<typeof InstructionAcknowledge>;

export const InstructionFeedback = z.strictObject({ version: VersionField, feedback: z.string().trim().min(1).max(5000) });
export type InstructionFeedback = z.infer<typeof InstructionFeedback>;

import { z } from 'zod';

export const InstructionCreate = z.strictObject({ text: z.string().trim().min(1).max(5000) });
export type InstructionCreate = z.infer<typeof InstructionCreate>;

import * as z from 'zod/mini';
import { apiRequest } from '../../../shared/api/api-client';

/** A city leader's instruction (批示) on an item. */
export const Instruction = z.object({
  id: z.number(),
  itemId: z.number(),
  text: z.string(),
  author: z.object({ id: z.number(), displayName: z.string(), name: z.nullish(z.string()), title: z.nullish(z.string()) }),
  at: z.string(),
});
export type Instruction = z.infer<typeof Instruction>;

const ItemInstructions = z.object({ instructions: z.array(Instruction), policies: z.object({ canWriteInstruction: z.boolean() }) });
export type ItemInstructions = z.infer<typeof ItemInstructions>;

export const instructionKeys = { ofItem: (itemId: number) => ['instructions', itemId] as const };

export async function fetchInstructions(itemId: number, signal?: AbortSignal): Promise<ItemInstructions> {
  return apiRequest(`/api/items/${itemId}/instructions`, { schema: ItemInstructions, signal });
}

export async function writeInstruction(itemId: number, text: string): Promise<Instruction> {
  return (await apiRequest(`/api/items/${itemId}/instructions`, { method: 'POST', body: { text }, schema: z.object({ instruction: Instruction }) }))
    .instruction;
}

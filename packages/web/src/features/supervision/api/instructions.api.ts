import * as z from 'zod/mini';
import { apiRequest } from '../../../shared/api/api-client';
import { StepActor } from './supervision-orders.api';

export const INSTRUCTION_STATUSES = ['delivered', 'read', 'answered'] as const;
export type InstructionStatus = (typeof INSTRUCTION_STATUSES)[number];

/** A city leader's instruction (批示) on an item, on its path 送达 → 阅办 → 落实反馈. */
export const Instruction = z.object({
  id: z.number(),
  itemId: z.number(),
  text: z.string(),
  author: z.object({ id: z.number(), displayName: z.string(), name: z.nullish(z.string()), title: z.nullish(z.string()) }),
  at: z.string(),
  status: z.enum(INSTRUCTION_STATUSES),
  readBy: z.nullable(StepActor),
  readAt: z.nullable(z.string()),
  feedback: z.nullable(z.string()),
  feedbackBy: z.nullable(StepActor),
  feedbackAt: z.nullable(z.string()),
  version: z.number(),
  policies: z.object({ canAcknowledge: z.boolean(), canAnswer: z.boolean() }),
});
export type Instruction = z.infer<typeof Instruction>;

const ItemInstructions = z.object({ instructions: z.array(Instruction), policies: z.object({ canWriteInstruction: z.boolean() }) });
export type ItemInstructions = z.infer<typeof ItemInstructions>;

const OneInstruction = z.object({ instruction: Instruction });

export const instructionKeys = { all: ['instructions'] as const, ofItem: (itemId: number) => ['instructions', itemId] as const };

export async function fetchInstructions(itemId: number, signal?: AbortSignal): Promise<ItemInstructions> {
  return apiRequest(`/api/items/${itemId}/instructions`, { schema: ItemInstructions, signal });
}

export async function writeInstruction(itemId: number, text: string): Promise<Instruction> {
  return (await apiRequest(`/api/items/${itemId}/instructions`, { method: 'POST', body: { text }, schema: OneInstruction })).instruction;
}

/** The lead department's steps; each names the version the user saw. */
export type InstructionStep = { action: 'acknowledge'; version: number } | { action: 'feedback'; version: number; feedback: string };

export async function takeInstructionStep(id: number, { action, ...body }: InstructionStep): Promise<Instruction> {
  return (await apiRequest(`/api/instructions/${id}/${action}`, { method: 'POST', body, schema: OneInstruction })).instruction;
}

/** An instruction still waiting for 阅办 or 落实反馈, with its item (a department's to-do, a leader's wait). */
export const OpenInstruction = z.object({
  id: z.number(),
  item: z.object({ id: z.number(), code: z.string(), title: z.string() }),
  text: z.string(),
  author: z.object({ displayName: z.string(), name: z.nullish(z.string()) }),
  at: z.string(),
  status: z.enum(INSTRUCTION_STATUSES),
});
export type OpenInstruction = z.infer<typeof OpenInstruction>;

export const openInstructionsKey = [...instructionKeys.all, 'open'] as const;

export async function fetchOpenInstructions(signal?: AbortSignal): Promise<OpenInstruction[]> {
  return (await apiRequest('/api/instructions/open', { schema: z.object({ instructions: z.array(OpenInstruction) }), signal })).instructions;
}

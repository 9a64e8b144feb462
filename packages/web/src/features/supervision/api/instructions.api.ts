import type {
  Instruction,
  InstructionFeedbackInput,
  ItemInstructions,
  OneInstruction,
  OpenInstruction,
  OpenInstructions,
} from '@plantrack/contract/supervision/instructions.contract';
import { apiRequest } from '../../../shared/api/api-client';

export const instructionKeys = { all: ['instructions'] as const, ofItem: (itemId: number) => ['instructions', itemId] as const };

export async function fetchInstructions(itemId: number, signal?: AbortSignal): Promise<ItemInstructions> {
  return apiRequest<ItemInstructions>(`/api/items/${itemId}/instructions`, { signal });
}

export async function writeInstruction(itemId: number, text: string): Promise<Instruction> {
  return (await apiRequest<OneInstruction>(`/api/items/${itemId}/instructions`, { method: 'POST', body: { text } })).instruction;
}

/** The lead department's steps; each names the version the user saw. */
export type InstructionStep = { action: 'acknowledge'; version: number } | ({ action: 'feedback' } & InstructionFeedbackInput);

export async function takeInstructionStep(id: number, { action, ...body }: InstructionStep): Promise<Instruction> {
  return (await apiRequest<OneInstruction>(`/api/instructions/${id}/${action}`, { method: 'POST', body })).instruction;
}

export const openInstructionsKey = [...instructionKeys.all, 'open'] as const;

export async function fetchOpenInstructions(signal?: AbortSignal): Promise<OpenInstruction[]> {
  return (await apiRequest<OpenInstructions>('/api/instructions/open', { signal })).instructions;
}

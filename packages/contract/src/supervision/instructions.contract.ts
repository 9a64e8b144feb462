/** Leaders' instructions (批示) on an item, on their path 送达 → 阅办 → 落实反馈. */
import { z } from 'zod';
import { VersionField } from '../shared.contract.js';
import { StepActor, SupervisedItem } from './supervision-orders.contract.js';

export const INSTRUCTION_STATUSES = ['delivered', 'read', 'answered'] as const;
export type InstructionStatus = (typeof INSTRUCTION_STATUSES)[number];

export const InstructionCreate = z.strictObject({ text: z.string().trim().min(1).max(5000) });
export type InstructionCreate = z.infer<typeof InstructionCreate>;
export type InstructionCreateInput = z.input<typeof InstructionCreate>;

/** Acknowledging needs no form; a client that sends the version it saw gets STALE_VERSION if the instruction moved on. */
export const InstructionAcknowledge = z.strictObject({ version: VersionField.optional() }).nullish();
export type InstructionAcknowledge = z.infer<typeof InstructionAcknowledge>;
export type InstructionAcknowledgeInput = z.input<typeof InstructionAcknowledge>;

export const InstructionFeedback = z.strictObject({ version: VersionField, feedback: z.string().trim().min(1).max(5000) });
export type InstructionFeedback = z.infer<typeof InstructionFeedback>;
export type InstructionFeedbackInput = z.input<typeof InstructionFeedback>;

/** An instruction with what the caller may do with it now. */
export const Instruction = z
  .object({
    id: z.number().int(),
    itemId: z.number().int(),
    text: z.string(),
    author: z.object({
      id: z.number().int(),
      displayName: z.string(),
      name: z.string().nullable().describe('市领导的姓名（账号关联了人员时）'),
      title: z.string().nullable(),
    }),
    at: z.string(),
    status: z.enum(INSTRUCTION_STATUSES),
    statusLabel: z.string(),
    readBy: StepActor.nullable(),
    readAt: z.string().nullable(),
    feedback: z.string().nullable(),
    feedbackBy: StepActor.nullable(),
    feedbackAt: z.string().nullable(),
    version: z.number().int(),
    policies: z.object({ canAcknowledge: z.boolean(), canAnswer: z.boolean() }),
  })
  .meta({ id: 'Instruction' });
export type Instruction = z.infer<typeof Instruction>;

export const ItemInstructions = z.object({ instructions: z.array(Instruction), policies: z.object({ canWriteInstruction: z.boolean() }) });
export type ItemInstructions = z.infer<typeof ItemInstructions>;

export const OneInstruction = z.object({ instruction: Instruction });
export type OneInstruction = z.infer<typeof OneInstruction>;

/** An instruction still waiting for 阅办 or 落实反馈, with its item (a department's to-do, a leader's wait). */
export const OpenInstruction = z
  .object({
    id: z.number().int(),
    item: SupervisedItem,
    text: z.string(),
    author: z.object({ displayName: z.string(), name: z.string().nullable() }),
    at: z.string(),
    status: z.enum(INSTRUCTION_STATUSES),
    statusLabel: z.string(),
  })
  .meta({ id: 'OpenInstruction' });
export type OpenInstruction = z.infer<typeof OpenInstruction>;

export const OpenInstructions = z.object({ instructions: z.array(OpenInstruction) });
export type OpenInstructions = z.infer<typeof OpenInstructions>;

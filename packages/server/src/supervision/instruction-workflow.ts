import type { InstructionStatus } from '../db/schema.js';

/**
 * The path of a leader's instruction (批示): written and delivered to the item's lead department
 * (送达) → the department acknowledges it (阅办) → the department reports what it did (落实反馈).
 * Pure: no I/O, no clock.
 */
export type InstructionAction = 'acknowledge' | 'answer';

const TRANSITIONS: Record<InstructionAction, { from: InstructionStatus; to: InstructionStatus }> = {
  acknowledge: { from: 'delivered', to: 'read' },
  answer: { from: 'read', to: 'answered' },
};

/** The status after `action`, or null when the action is not allowed from `status`. */
export function nextInstructionStatus(status: InstructionStatus, action: InstructionAction): InstructionStatus | null {
  const transition = TRANSITIONS[action];
  return transition.from === status ? transition.to : null;
}

export function statusAllowing(action: InstructionAction): InstructionStatus {
  return TRANSITIONS[action].from;
}

export const INSTRUCTION_STATUS_LABELS_ZH: Record<InstructionStatus, string> = {
  delivered: '已送达',
  read: '已阅办',
  answered: '已落实反馈',
};

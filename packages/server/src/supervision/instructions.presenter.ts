import type { Instruction, OpenInstruction } from '@plantrack/contract/supervision/instructions.contract';
import type { Actor } from '../auth/actor.js';
import type { ActorName } from './actors.repository.js';
import { actorOf } from './actors.repository.js';
import type { InstructionRow, OpenInstructionRow } from './instructions.repository.js';
import { INSTRUCTION_STATUS_LABELS_ZH, nextInstructionStatus } from './instruction-workflow.js';
import { mayTakeInstructionStep } from './supervision.policies.js';

export function presentInstruction(row: InstructionRow, actor: Actor, leadDepartmentId: number | null, names: Map<number, ActorName>): Instruction {
  const can = (action: 'acknowledge' | 'answer') => mayTakeInstructionStep(actor, leadDepartmentId) && nextInstructionStatus(row.status, action) !== null;
  return {
    id: row.id,
    itemId: row.itemId,
    text: row.text,
    author: { id: row.authorId, displayName: row.authorDisplayName, name: row.authorPersonName, title: row.authorTitle },
    at: row.at,
    status: row.status,
    statusLabel: INSTRUCTION_STATUS_LABELS_ZH[row.status],
    readBy: actorOf(names, row.readBy),
    readAt: row.readAt,
    feedback: row.feedback,
    feedbackBy: actorOf(names, row.feedbackBy),
    feedbackAt: row.feedbackAt,
    version: row.version,
    policies: { canAcknowledge: can('acknowledge'), canAnswer: can('answer') },
  };
}

/** An instruction on a to-do list: what it says, on which item, how far it has got. */
export function presentOpenInstruction(row: OpenInstructionRow): OpenInstruction {
  return {
    id: row.id,
    item: { id: row.itemId, code: row.itemCode, title: row.itemTitle },
    text: row.text,
    author: { displayName: row.authorDisplayName, name: row.authorPersonName },
    at: row.at,
    status: row.status,
    statusLabel: INSTRUCTION_STATUS_LABELS_ZH[row.status],
  };
}

/** The instruction as the audit log keeps it: its own fields, no names. */
export function instructionSnapshot(row: InstructionRow) {
  const { authorDisplayName: _name, authorPersonName: _person, authorTitle: _title, ...own } = row;
  return own;
}

import type { Actor } from '../auth/actor.js';
import type { SupervisionStatus } from '../db/schema.js';
import type { SupervisionAction } from './supervision-workflow.js';
import { nextSupervisionStatus } from './supervision-workflow.js';

/**
 * Who may take each step, for a record the caller can already see (scope is checked by the query:
 * a department reaches only items it leads or co-operates on). Step order is the workflow's business.
 */
const isDepartmentUser = (actor: Actor) => actor.role === 'dept_manager' || actor.role === 'dept_staff';
const isManagerOf = (actor: Actor, departmentId: number | null) =>
  actor.role === 'dept_manager' && actor.departmentId !== null && actor.departmentId === departmentId;

interface OrderParties {
  status: SupervisionStatus;
  leadDepartmentId: number | null;
}

const MAY_TAKE_STEP: Record<SupervisionAction, (actor: Actor, order: OrderParties) => boolean> = {
  // Any department on the item signs for the order (the lead or a co-operating one).
  acknowledge: (actor) => isDepartmentUser(actor),
  // The lead department answers for the item, through its head.
  answer: (actor, order) => isManagerOf(actor, order.leadDepartmentId),
  return: (actor) => actor.role === 'hq',
  close: (actor) => actor.role === 'hq',
};

export function mayTakeSupervisionStep(actor: Actor, order: OrderParties, action: SupervisionAction): boolean {
  return MAY_TAKE_STEP[action](actor, order);
}

export function supervisionOrderPolicies(actor: Actor, order: OrderParties) {
  const can = (action: SupervisionAction) => mayTakeSupervisionStep(actor, order, action) && nextSupervisionStatus(order.status, action) !== null;
  return { canAcknowledge: can('acknowledge'), canAnswer: can('answer'), canReturn: can('return'), canClose: can('close') };
}

interface ItemParties {
  leadDepartmentId: number | null;
  leaderPersonId: number | null;
}

export function mayIssueSupervisionOrder(actor: Actor): boolean {
  return actor.role === 'hq';
}

/** Each department on the item signs for its own assignment (签收), through its head. */
export function mayAcknowledgeItem(actor: Actor): boolean {
  return actor.role === 'dept_manager';
}

/** The office decides any extension; a city leader only those on items they are the responsible leader of. */
export function mayDecideExtension(actor: Actor, item: ItemParties): boolean {
  if (actor.role === 'hq') return true;
  return actor.role === 'leader' && actor.personId !== null && actor.personId === item.leaderPersonId;
}

export function mayRequestExtension(actor: Actor, item: ItemParties): boolean {
  return isManagerOf(actor, item.leadDepartmentId);
}

/** Instructions (批示) are a leader's own words; nobody writes them on a leader's behalf. */
export function mayWriteInstruction(actor: Actor): boolean {
  return actor.role === 'leader';
}

/** Only the item's lead department acknowledges an instruction (阅办) and reports on it (落实反馈), any of its users. */
export function mayTakeInstructionStep(actor: Actor, leadDepartmentId: number | null): boolean {
  return isDepartmentUser(actor) && actor.departmentId !== null && actor.departmentId === leadDepartmentId;
}

import type { Actor } from '../auth/actor.js';
import { capabilityTable, has } from '../auth/capabilities.js';
import { DEPARTMENT_ROLES, PLAN_READERS } from '../auth/roles.js';
import type { SupervisionStatus } from '../db/schema.js';
import type { SupervisionAction } from './supervision-workflow.js';
import { nextSupervisionStatus } from './supervision-workflow.js';

/**
 * Who may take each step, for a record the caller can already see (scope is checked by the query:
 * a department reaches only items it leads or co-operates on). Step order is the workflow's business.
 * Every route admits the plan's readers at the door; the functions below check these.
 */
export const SUPERVISION = capabilityTable('supervision', {
  read: PLAN_READERS,
  issueOrders: ['hq'],
  /** Any department on the item signs for an order (the lead or a co-operating one). */
  acknowledgeOrders: DEPARTMENT_ROLES,
  /** The lead department answers for the item, through its head. */
  answerOrders: ['dept_manager'],
  returnOrders: ['hq'],
  closeOrders: ['hq'],
  /** Each department on the item signs for its own assignment (签收), through its head. */
  acknowledgeItems: ['dept_manager'],
  /** The lead department asks for more time, through its head. */
  requestExtensions: ['dept_manager'],
  decideAnyExtension: ['hq'],
  /** A city leader decides on the items they are the responsible leader of. */
  decideOwnItemsExtensions: ['leader'],
  /** Instructions (批示) are a leader's own words; nobody writes them on a leader's behalf. */
  writeInstructions: ['leader'],
  /** The item's lead department acknowledges an instruction (阅办) and reports on it (落实反馈), any of its users. */
  followInstructions: DEPARTMENT_ROLES,
  /** The office follows every open instruction; a leader their own, a department those on its items. */
  followAllInstructions: ['hq'],
});

const isOfDepartment = (actor: Actor, departmentId: number | null) => actor.departmentId !== null && actor.departmentId === departmentId;

interface OrderParties {
  status: SupervisionStatus;
  leadDepartmentId: number | null;
}

const MAY_TAKE_STEP: Record<SupervisionAction, (actor: Actor, order: OrderParties) => boolean> = {
  acknowledge: (actor) => has(actor, SUPERVISION.acknowledgeOrders),
  answer: (actor, order) => has(actor, SUPERVISION.answerOrders) && isOfDepartment(actor, order.leadDepartmentId),
  return: (actor) => has(actor, SUPERVISION.returnOrders),
  close: (actor) => has(actor, SUPERVISION.closeOrders),
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
  return has(actor, SUPERVISION.issueOrders);
}

export function mayAcknowledgeItem(actor: Actor): boolean {
  return has(actor, SUPERVISION.acknowledgeItems);
}

/** The office decides any extension; a city leader only those on items they are the responsible leader of. */
export function mayDecideExtension(actor: Actor, item: ItemParties): boolean {
  if (has(actor, SUPERVISION.decideAnyExtension)) return true;
  return has(actor, SUPERVISION.decideOwnItemsExtensions) && actor.personId !== null && actor.personId === item.leaderPersonId;
}

export function mayRequestExtension(actor: Actor, item: ItemParties): boolean {
  return has(actor, SUPERVISION.requestExtensions) && isOfDepartment(actor, item.leadDepartmentId);
}

export function mayWriteInstruction(actor: Actor): boolean {
  return has(actor, SUPERVISION.writeInstructions);
}

export function mayTakeInstructionStep(actor: Actor, leadDepartmentId: number | null): boolean {
  return has(actor, SUPERVISION.followInstructions) && isOfDepartment(actor, leadDepartmentId);
}

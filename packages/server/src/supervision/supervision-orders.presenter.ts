import type { SupervisionOrder, SupervisionOrderEvent } from '@plantrack/contract/supervision/supervision-orders.contract';
import type { Actor } from '../auth/actor.js';
import { canSeeContacts } from '../auth/policies.js';
import type { ActorName } from './actors.repository.js';
import { actorOf } from './actors.repository.js';
import type { OrderEventRow, OrderRow } from './supervision-orders.repository.js';
import { supervisionOrderPolicies } from './supervision.policies.js';
import { isSupervisionOrderOverdue, SUPERVISION_LEVEL_LABELS_ZH, SUPERVISION_STATUS_LABELS_ZH } from './supervision-workflow.js';

export interface OrderPresentation {
  actor: Actor;
  today: string;
  names: Map<number, ActorName>;
  /** Present on the order's own page; lists leave it out. */
  history?: OrderEventRow[] | undefined;
}

function presentEvent(event: OrderEventRow, names: Map<number, ActorName>): SupervisionOrderEvent {
  return { action: event.action, fromStatus: event.fromStatus, toStatus: event.toStatus, actor: actorOf(names, event.actorId), at: event.at, text: event.text };
}

export function presentSupervisionOrder(row: OrderRow, { actor, today, names, history }: OrderPresentation): SupervisionOrder {
  return {
    id: row.id,
    code: row.code,
    item: { id: row.itemId, code: row.itemCode, title: row.itemTitle },
    leadDepartment: row.leadDepartmentId === null ? null : { id: row.leadDepartmentId, name: row.leadDepartmentName, shortName: row.leadDepartmentShortName },
    reason: row.reason,
    level: row.level,
    levelLabel: SUPERVISION_LEVEL_LABELS_ZH[row.level],
    replyBy: row.replyBy,
    contact: row.contactName === null ? null : { name: row.contactName, phone: canSeeContacts(actor) ? row.contactPhone : null },
    status: row.status,
    statusLabel: SUPERVISION_STATUS_LABELS_ZH[row.status],
    isOverdue: isSupervisionOrderOverdue(row, today),
    issuedBy: actorOf(names, row.issuedBy),
    issuedAt: row.createdAt,
    acknowledgedBy: actorOf(names, row.acknowledgedBy),
    acknowledgedAt: row.acknowledgedAt,
    answer: row.answer,
    answeredBy: actorOf(names, row.answeredBy),
    answeredAt: row.answeredAt,
    reviewComment: row.reviewComment,
    closedBy: actorOf(names, row.closedBy),
    closedAt: row.closedAt,
    version: row.version,
    updatedAt: row.updatedAt,
    ...(history ? { history: history.map((event) => presentEvent(event, names)) } : {}),
    policies: supervisionOrderPolicies(actor, row),
  };
}

/** The order as the audit log keeps it: the row's own fields, no policies or names. */
export function supervisionOrderSnapshot(row: OrderRow) {
  const {
    itemCode: _code,
    itemTitle: _title,
    leadDepartmentName: _name,
    leadDepartmentShortName: _short,
    leadDepartmentId: _lead,
    leaderPersonId: _leader,
    ...own
  } = row;
  return own;
}

/** Where the office's notification about an order points in the web app: the order on the supervision page. */
export const officeOrderLink = (id: number) => `/supervision?order=${id}`;

/** Where the responsible leader's copy (抄送) points: the item's supervision section, like the department's. */
export const leaderOrderLink = (itemId: number) => `/items/${itemId}#supervision`;

/** Where the department's notification points: the item's supervision section, which every plan reader can open. */
export const departmentOrderLink = (itemId: number) => `/items/${itemId}#supervision`;

import type { ExtensionRequest } from '@plantrack/contract/supervision/extension-requests.contract';
import type { Actor } from '../auth/actor.js';
import type { ActorName } from './actors.repository.js';
import { actorOf } from './actors.repository.js';
import type { ExtensionRequestRow } from './extension-requests.repository.js';
import { mayDecideExtension } from './supervision.policies.js';

export const EXTENSION_STATUS_LABELS_ZH = { pending: '待审批', approved: '已批准', rejected: '未批准' } as const;

export function presentExtensionRequest(row: ExtensionRequestRow, actor: Actor, names: Map<number, ActorName>): ExtensionRequest {
  const isPending = row.status === 'pending';
  return {
    id: row.id,
    item: { id: row.itemId, code: row.itemCode, title: row.itemTitle },
    leadDepartment: row.leadDepartmentId === null ? null : { id: row.leadDepartmentId, name: row.leadDepartmentName, shortName: row.leadDepartmentShortName },
    currentDeadline: row.currentDeadline,
    requestedDeadline: row.requestedDeadline,
    reason: row.reason,
    status: row.status,
    statusLabel: EXTENSION_STATUS_LABELS_ZH[row.status],
    requestedBy: actorOf(names, row.requestedBy),
    requestedAt: row.createdAt,
    decidedBy: actorOf(names, row.decidedBy),
    decidedAt: row.decidedAt,
    decisionComment: row.decisionComment,
    version: row.version,
    updatedAt: row.updatedAt,
    policies: { canApprove: isPending && mayDecideExtension(actor, row), canReject: isPending && mayDecideExtension(actor, row) },
  };
}

/** The request as the audit log keeps it: its own fields only. */
export function extensionRequestSnapshot(row: ExtensionRequestRow) {
  const {
    planId: _plan,
    itemCode: _code,
    itemTitle: _title,
    leadDepartmentId: _lead,
    leadDepartmentName: _leadName,
    leadDepartmentShortName: _leadShort,
    leaderPersonId: _leader,
    ...own
  } = row;
  return own;
}

import type { RequestContext } from '../auth/actor.js';
import { requirePolicy } from '../auth/policies.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Db } from '../db/database.js';
import { updateItemIfVersion } from '../items/items.repository.js';
import { notifyUser } from '../notifications/notifications.service.js';
import { AppError } from '../shared/app-error.js';
import { nowIso } from '../shared/clock.js';
import { extensionRequestSnapshot } from './extension-requests.presenter.js';
import * as repo from './extension-requests.repository.js';
import type { ExtensionApprove, ExtensionReject } from '@plantrack/contract/supervision/extension-requests.contract';
import { getExtensionRequest, getExtensionRequestInScope } from './extension-requests.service.js';
import { mayDecideExtension } from './supervision.policies.js';

type Decision = { status: 'approved'; comment: string | null } | { status: 'rejected'; comment: string };

/**
 * The office, or the city leader responsible for the item, decides an extension request. Approval
 * moves the item's deadline (its deadline text, as written in the plan, stays) and bumps the item's
 * version, in the same transaction as the decision; the requester is told either way.
 */
async function decideExtensionRequest(db: Db, ctx: RequestContext, id: number, version: number, decision: Decision) {
  await db.transaction().execute(async (trx) => {
    const { request: before, item } = await getExtensionRequestInScope(trx, ctx.actor, id);
    // A leader sees every item, so another leader's request is visible to them: refused (403), not hidden.
    requirePolicy(mayDecideExtension(ctx.actor, item));
    if (before.version !== version) throw new AppError('STALE_VERSION', { currentVersion: before.version });
    if (before.status !== 'pending') throw new AppError('INVALID_STATE', { entity: 'extension_request', status: before.status, allowedFrom: ['pending'] });
    const at = nowIso();
    if (decision.status === 'approved' && item.deadline !== null && before.requestedDeadline <= item.deadline)
      throw new AppError('INVALID_STATE', { entity: 'item', reason: 'the deadline is already at or after the requested date', deadline: item.deadline });
    const decided = await repo.decideExtensionRequestIfVersion(trx, id, version, {
      status: decision.status,
      decidedBy: ctx.actor.userId,
      decidedAt: at,
      decisionComment: decision.comment,
      updatedAt: at,
    });
    if (!decided) throw new AppError('STALE_VERSION', { currentVersion: before.version });
    const after = (await repo.findExtensionRequest(trx, item.planId, id))!;
    await recordAudit(trx, ctx, {
      action: decision.status === 'approved' ? 'extension_request.approve' : 'extension_request.reject',
      entityType: 'extension_request',
      entityId: id,
      before: extensionRequestSnapshot(before),
      after: extensionRequestSnapshot(after),
    });
    if (decision.status === 'approved') {
      const moved = await updateItemIfVersion(trx, item.id, item.version, { deadline: before.requestedDeadline, updatedAt: at });
      if (!moved) throw new AppError('STALE_VERSION', { entity: 'item', currentVersion: item.version });
      await recordAudit(trx, ctx, {
        action: 'item.extend_deadline',
        entityType: 'item',
        entityId: item.id,
        before: { deadline: item.deadline, version: item.version },
        after: { deadline: moved.deadline, version: moved.version, extensionRequestId: id },
      });
    }
    if (before.requestedBy !== null)
      await notifyUser(trx, before.requestedBy, {
        kind: `extension_request.${decision.status}`,
        title: `${decision.status === 'approved' ? '延期申请已批准' : '延期申请未获批准'}：${item.title}`,
        body: decision.status === 'approved' ? `完成时限已调整为 ${before.requestedDeadline}。${decision.comment ?? ''}`.trim() : decision.comment,
        link: `/items/${item.id}`,
      });
  });
  return getExtensionRequest(db, ctx.actor, id);
}

export async function approveExtensionRequest(db: Db, ctx: RequestContext, id: number, input: ExtensionApprove) {
  return decideExtensionRequest(db, ctx, id, input.version, { status: 'approved', comment: input.comment ?? null });
}

export async function rejectExtensionRequest(db: Db, ctx: RequestContext, id: number, input: ExtensionReject) {
  return decideExtensionRequest(db, ctx, id, input.version, { status: 'rejected', comment: input.comment });
}

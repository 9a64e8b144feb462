import { todayInShanghai } from '@plantrack/domain';
import type { RequestContext } from '../auth/actor.js';
import { requirePolicy } from '../auth/policies.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Db } from '../db/database.js';
import { getItemRow } from '../items/items.service.js';
import { notifyOfficeUsers, notifyUsersOfPerson } from '../notifications/notifications.service.js';
import { AppError } from '../shared/app-error.js';
import { nowIso } from '../shared/clock.js';
import { extensionRequestSnapshot } from './extension-requests.presenter.js';
import * as repo from './extension-requests.repository.js';
import type { ExtensionRequestCreate } from '@plantrack/contract/supervision/extension-requests.contract';
import { getExtensionRequest } from './extension-requests.service.js';
import { mayRequestExtension } from './supervision.policies.js';

/**
 * The lead department's head asks for a later deadline (延期申请), with a reason. The date must be
 * later than the item's deadline (or, for an item without one, not in the past); one request waits at
 * a time. The office and the item's leader — who may decide it — are told.
 */
export async function requestExtension(db: Db, ctx: RequestContext, itemId: number, input: ExtensionRequestCreate) {
  const id = await db.transaction().execute(async (trx) => {
    const item = await getItemRow(trx, ctx.actor, itemId);
    requirePolicy(mayRequestExtension(ctx.actor, item));
    const floor = item.deadline ?? todayInShanghai();
    const isLater = item.deadline === null ? input.requestedDeadline >= floor : input.requestedDeadline > floor;
    if (!isLater)
      throw new AppError('VALIDATION_FAILED', {
        field: 'requestedDeadline',
        value: input.requestedDeadline,
        reason: item.deadline === null ? 'must not be in the past' : 'must be later than the current deadline',
        currentDeadline: item.deadline,
      });
    const pending = await repo.findPendingExtensionRequestOfItem(trx, itemId);
    if (pending) throw new AppError('EXTENSION_REQUEST_PENDING', { extensionRequestId: pending.id });
    const at = nowIso();
    const { id } = await repo.insertExtensionRequest(trx, {
      itemId,
      currentDeadline: item.deadline,
      requestedDeadline: input.requestedDeadline,
      reason: input.reason,
      requestedBy: ctx.actor.userId,
      createdAt: at,
      updatedAt: at,
    });
    const row = (await repo.findExtensionRequest(trx, item.planId, id))!;
    await recordAudit(trx, ctx, { action: 'extension_request.create', entityType: 'extension_request', entityId: id, after: extensionRequestSnapshot(row) });
    const message = {
      kind: 'extension_request.submitted',
      title: `延期申请待审批：${item.title}`,
      body: `申请将完成时限由 ${item.deadline ?? '未定'} 延至 ${input.requestedDeadline}。理由：${input.reason}`,
      link: `/items/${itemId}`,
    };
    await notifyOfficeUsers(trx, ctx.actor.organisationId, message);
    if (item.leaderPersonId !== null) await notifyUsersOfPerson(trx, item.leaderPersonId, message);
    return id;
  });
  return getExtensionRequest(db, ctx.actor, id);
}

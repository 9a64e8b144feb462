import type { RequestContext } from '../auth/actor.js';
import { requirePolicy } from '../auth/policies.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Db } from '../db/database.js';
import { AppError } from '../shared/app-error.js';
import { nowIso } from '../shared/clock.js';
import { supervisionOrderSnapshot } from './supervision-orders.presenter.js';
import type { OrderChanges, OrderRow } from './supervision-orders.repository.js';
import * as repo from './supervision-orders.repository.js';
import { getOrderRow } from './supervision-orders.service.js';
import { mayTakeSupervisionStep } from './supervision.policies.js';
import type { SupervisionAction } from './supervision-workflow.js';
import { nextSupervisionStatus, statusesAllowing } from './supervision-workflow.js';

export interface SupervisionStep {
  action: SupervisionAction;
  /** The version the caller saw; undefined only where the step needs no form (acknowledge). */
  version: number | undefined;
  /** What the step says (the answer, the office's comment), kept in the order's history. */
  text: string | null;
  changes: (stamp: { at: string; actorId: number }) => Omit<OrderChanges, 'status' | 'updatedAt'>;
}

/**
 * One step of an order, inside the caller's transaction: find it in scope (404), check the role (403),
 * the version (409 STALE_VERSION) and the workflow (409 INVALID_STATE), then change it only if the
 * version still matches, record the step in its history and the audit log. Returns the order before and after.
 */
export async function takeSupervisionStep(trx: Db, ctx: RequestContext, id: number, step: SupervisionStep): Promise<{ before: OrderRow; after: OrderRow }> {
  const before = await getOrderRow(trx, ctx.actor, id);
  requirePolicy(mayTakeSupervisionStep(ctx.actor, before, step.action));
  if (step.version !== undefined && step.version !== before.version) throw new AppError('STALE_VERSION', { currentVersion: before.version });
  const status = nextSupervisionStatus(before.status, step.action);
  if (status === null)
    throw new AppError('INVALID_STATE', {
      entity: 'supervision_order',
      status: before.status,
      action: step.action,
      allowedFrom: statusesAllowing(step.action),
    });
  const at = nowIso();
  const changed = await repo.updateOrderIfVersion(trx, id, before.version, { ...step.changes({ at, actorId: ctx.actor.userId }), status, updatedAt: at });
  if (!changed) throw new AppError('STALE_VERSION', { currentVersion: before.version });
  await repo.insertOrderEvent(trx, {
    orderId: id,
    action: step.action,
    fromStatus: before.status,
    toStatus: status,
    actorId: ctx.actor.userId,
    at,
    text: step.text,
  });
  const after = await getOrderRow(trx, ctx.actor, id);
  await recordAudit(trx, ctx, {
    action: `supervision_order.${step.action}`,
    entityType: 'supervision_order',
    entityId: id,
    before: supervisionOrderSnapshot(before),
    after: supervisionOrderSnapshot(after),
  });
  return { before, after };
}

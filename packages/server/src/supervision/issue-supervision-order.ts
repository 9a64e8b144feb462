import { todayInShanghai } from '@plantrack/domain';
import type { RequestContext } from '../auth/actor.js';
import { requirePolicy } from '../auth/policies.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Db } from '../db/database.js';
import { getItemRow } from '../items/items.service.js';
import { notifyUsersOfDepartment, notifyUsersOfPerson } from '../notifications/notifications.service.js';
import { getCurrentPlan } from '../plan/plans.service.js';
import { AppError } from '../shared/app-error.js';
import { nowIso } from '../shared/clock.js';
import { nextSupervisionCode } from './supervision-code.js';
import type { SupervisionOrderCreate } from '@plantrack/contract/supervision/supervision-orders.contract';
import * as repo from './supervision-orders.repository.js';
import { getOrderRow, getSupervisionOrder } from './supervision-orders.service.js';
import { departmentOrderLink, leaderOrderLink, supervisionOrderSnapshot } from './supervision-orders.presenter.js';
import { SUPERVISION_LEVEL_LABELS_ZH } from './supervision-workflow.js';
import { mayIssueSupervisionOrder } from './supervision.policies.js';

/**
 * The office issues a supervision order (督办单) on an item: numbered 督办〔year〕n号 in sequence within
 * the plan and year, recorded in the order's history and the audit log, and announced to every user
 * of the item's lead department and copied (抄送) to its responsible city leader — all in one transaction.
 */
export async function issueSupervisionOrder(db: Db, ctx: RequestContext, itemId: number, input: SupervisionOrderCreate) {
  const id = await db.transaction().execute(async (trx) => {
    const item = await getItemRow(trx, ctx.actor, itemId);
    requirePolicy(mayIssueSupervisionOrder(ctx.actor));
    if (item.leadDepartmentId === null) throw new AppError('RESPONSIBILITY_CHAIN_INCOMPLETE', { itemId, missing: 'leadDepartment' });
    const today = todayInShanghai();
    if (input.replyBy < today) throw new AppError('VALIDATION_FAILED', { field: 'replyBy', value: input.replyBy, reason: 'the reply date has already passed' });
    const plan = await getCurrentPlan(trx, ctx.actor);
    const year = Number(today.slice(0, 4));
    await repo.lockPlanForNumbering(trx, plan.id);
    const code = nextSupervisionCode(await repo.findOrderCodesOfYear(trx, plan.id, year), year);
    const at = nowIso();
    const { id } = await repo.insertOrder(trx, {
      itemId,
      code,
      reason: input.reason,
      replyBy: input.replyBy,
      level: input.level,
      issuedBy: ctx.actor.userId,
      createdAt: at,
      updatedAt: at,
    });
    await repo.insertOrderEvent(trx, { orderId: id, action: 'issue', fromStatus: null, toStatus: 'issued', actorId: ctx.actor.userId, at, text: input.reason });
    const order = await getOrderRow(trx, ctx.actor, id);
    await recordAudit(trx, ctx, { action: 'supervision_order.issue', entityType: 'supervision_order', entityId: id, after: supervisionOrderSnapshot(order) });
    const title = `督办单 ${code}（${SUPERVISION_LEVEL_LABELS_ZH[input.level]}）：${item.title}`;
    const body = `${input.reason}\n反馈期限：${input.replyBy}`;
    await notifyUsersOfDepartment(trx, item.leadDepartmentId, { kind: 'supervision_order.issued', title, body, link: departmentOrderLink(itemId) });
    if (item.leaderPersonId !== null)
      await notifyUsersOfPerson(trx, item.leaderPersonId, { kind: 'supervision_order.copied', title: `抄送 ${title}`, body, link: leaderOrderLink(itemId) });
    return id;
  });
  return getSupervisionOrder(db, ctx.actor, id);
}

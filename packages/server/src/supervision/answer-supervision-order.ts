import type { RequestContext } from '../auth/actor.js';
import type { Db } from '../db/database.js';
import { notifyOfficeUsers, notifyUsersOfPerson } from '../notifications/notifications.service.js';
import type { SupervisionOrderAnswer } from '@plantrack/contract/supervision/supervision-orders.contract';
import { getSupervisionOrder } from './supervision-orders.service.js';
import { leaderOrderLink, officeOrderLink } from './supervision-orders.presenter.js';
import { takeSupervisionStep } from './take-supervision-step.js';

/**
 * The lead department's head answers the order (反馈): acknowledged or returned → answered. The
 * office is told in the same transaction, since the next move is theirs; the responsible leader gets a copy (抄送).
 */
export async function answerSupervisionOrder(db: Db, ctx: RequestContext, id: number, input: SupervisionOrderAnswer) {
  await db.transaction().execute(async (trx) => {
    const { after } = await takeSupervisionStep(trx, ctx, id, {
      action: 'answer',
      version: input.version,
      text: input.answer,
      changes: ({ at, actorId }) => ({ answer: input.answer, answeredBy: actorId, answeredAt: at }),
    });
    await notifyOfficeUsers(trx, ctx.actor.organisationId, {
      kind: 'supervision_order.answered',
      title: `督办单 ${after.code} 已反馈：${after.itemTitle}`,
      body: input.answer,
      link: officeOrderLink(id),
    });
    if (after.leaderPersonId !== null)
      await notifyUsersOfPerson(trx, after.leaderPersonId, {
        kind: 'supervision_order.copied',
        title: `抄送 督办单 ${after.code} 已反馈：${after.itemTitle}`,
        body: input.answer,
        link: leaderOrderLink(after.itemId),
      });
  });
  return getSupervisionOrder(db, ctx.actor, id);
}

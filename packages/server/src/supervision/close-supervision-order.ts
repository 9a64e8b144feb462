import type { RequestContext } from '../auth/actor.js';
import type { Db } from '../db/database.js';
import { notifyUsersOfDepartment, notifyUsersOfPerson } from '../notifications/notifications.service.js';
import type { SupervisionOrderClose } from '@plantrack/contract/supervision/supervision-orders.contract';
import { getSupervisionOrder } from './supervision-orders.service.js';
import { departmentOrderLink, leaderOrderLink } from './supervision-orders.presenter.js';
import { takeSupervisionStep } from './take-supervision-step.js';

/** The office accepts the answer and signs the order off (办结销号): answered → closed, and tells the lead department and (抄送) the responsible leader. */
export async function closeSupervisionOrder(db: Db, ctx: RequestContext, id: number, input: SupervisionOrderClose) {
  const comment = input.comment ?? null;
  await db.transaction().execute(async (trx) => {
    const { after } = await takeSupervisionStep(trx, ctx, id, {
      action: 'close',
      version: input.version,
      text: comment,
      changes: ({ at, actorId }) => ({ closedBy: actorId, closedAt: at, ...(comment === null ? {} : { reviewComment: comment }) }),
    });
    if (after.leadDepartmentId !== null)
      await notifyUsersOfDepartment(trx, after.leadDepartmentId, {
        kind: 'supervision_order.closed',
        title: `督办单 ${after.code} 已办结销号`,
        body: comment,
        link: departmentOrderLink(after.itemId),
      });
    if (after.leaderPersonId !== null)
      await notifyUsersOfPerson(trx, after.leaderPersonId, {
        kind: 'supervision_order.copied',
        title: `抄送 督办单 ${after.code} 已办结销号：${after.itemTitle}`,
        body: comment,
        link: leaderOrderLink(after.itemId),
      });
  });
  return getSupervisionOrder(db, ctx.actor, id);
}

import type { RequestContext } from '../auth/actor.js';
import type { Db } from '../db/database.js';
import { notifyUsersOfDepartment } from '../notifications/notifications.service.js';
import type { SupervisionOrderReturn } from '@plantrack/contract/supervision/supervision-orders.contract';
import { getSupervisionOrder } from './supervision-orders.service.js';
import { departmentOrderLink } from './supervision-orders.presenter.js';
import { takeSupervisionStep } from './take-supervision-step.js';

/** The office returns an answer it does not accept (退回): answered → returned, with its comment, and tells the lead department. */
export async function returnSupervisionOrder(db: Db, ctx: RequestContext, id: number, input: SupervisionOrderReturn) {
  await db.transaction().execute(async (trx) => {
    const { after } = await takeSupervisionStep(trx, ctx, id, {
      action: 'return',
      version: input.version,
      text: input.comment,
      changes: () => ({ reviewComment: input.comment }),
    });
    if (after.leadDepartmentId !== null)
      await notifyUsersOfDepartment(trx, after.leadDepartmentId, {
        kind: 'supervision_order.returned',
        title: `督办单 ${after.code} 被退回，请重新反馈`,
        body: input.comment,
        link: departmentOrderLink(after.itemId),
      });
  });
  return getSupervisionOrder(db, ctx.actor, id);
}

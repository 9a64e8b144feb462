import type { RequestContext } from '../auth/actor.js';
import type { Db } from '../db/database.js';
import { getSupervisionOrder } from './supervision-orders.service.js';
import { takeSupervisionStep } from './take-supervision-step.js';

/** A department on the item signs for the order (签收): issued → acknowledged, with who and when. */
export async function acknowledgeSupervisionOrder(db: Db, ctx: RequestContext, id: number, version: number | undefined) {
  await db.transaction().execute((trx) =>
    takeSupervisionStep(trx, ctx, id, {
      action: 'acknowledge',
      version,
      text: null,
      changes: ({ at, actorId }) => ({ acknowledgedBy: actorId, acknowledgedAt: at }),
    }),
  );
  return getSupervisionOrder(db, ctx.actor, id);
}

import type { RequestContext } from '../auth/actor.js';
import type { Db } from '../db/database.js';
import type { SupervisionOrderAcknowledge } from '@plantrack/contract/supervision/supervision-orders.contract';
import { getSupervisionOrder } from './supervision-orders.service.js';
import { takeSupervisionStep } from './take-supervision-step.js';

/**
 * A department on the item signs for the order (签收): issued → acknowledged, with who and when, and
 * names its contact person for it (承办联系人) if it has one to name.
 */
export async function acknowledgeSupervisionOrder(db: Db, ctx: RequestContext, id: number, input: SupervisionOrderAcknowledge) {
  await db.transaction().execute((trx) =>
    takeSupervisionStep(trx, ctx, id, {
      action: 'acknowledge',
      version: input?.version,
      text: null,
      changes: ({ at, actorId }) => ({
        acknowledgedBy: actorId,
        acknowledgedAt: at,
        ...(input?.contact ? { contactName: input.contact.name, contactPhone: input.contact.phone } : {}),
      }),
    }),
  );
  return getSupervisionOrder(db, ctx.actor, id);
}

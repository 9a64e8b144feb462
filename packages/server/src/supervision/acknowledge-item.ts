import type { Actor, RequestContext } from '../auth/actor.js';
import { requirePolicy } from '../auth/policies.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Db } from '../db/database.js';
import { getItem } from '../items/items.service.js';
import { nowIso } from '../shared/clock.js';
import { findActorNames } from './actors.repository.js';
import { presentAcknowledgements } from './acknowledgements.presenter.js';
import * as repo from './acknowledgements.repository.js';
import { mayAcknowledgeItem } from './supervision.policies.js';

type PresentedItem = Awaited<ReturnType<typeof getItem>>;

function departmentsOf(item: PresentedItem) {
  const lead = item.responsibility.leadDepartment;
  return [
    ...(lead ? [{ id: lead.id, name: lead.name, shortName: lead.shortName, relation: 'lead' as const }] : []),
    ...item.responsibility.coDepartments.map((co) => ({ ...co, relation: 'co' as const })),
  ];
}

/** Who on the item has signed for its assignment (签收), and who has not yet. */
export async function listAcknowledgements(db: Db, actor: Actor, itemId: number) {
  const item = await getItem(db, actor, itemId);
  const rows = await repo.findAcknowledgementsOfItem(db, item.id);
  return {
    acknowledgements: presentAcknowledgements(
      departmentsOf(item),
      rows,
      await findActorNames(
        db,
        rows.map((row) => row.userId),
      ),
    ),
    policies: { canAcknowledge: mayAcknowledgeItem(actor) },
  };
}

/**
 * A department head signs for the item on behalf of their department, which leads or co-operates on
 * it (any other department's item is a 404). Signing again changes nothing and returns the same record.
 */
export async function acknowledgeItem(db: Db, ctx: RequestContext, itemId: number) {
  // A department role always has a department here: without one, its scope reaches no item (404 above).
  const departmentId = ctx.actor.departmentId!;
  const isNew = await db.transaction().execute(async (trx) => {
    await getItem(trx, ctx.actor, itemId);
    requirePolicy(mayAcknowledgeItem(ctx.actor));
    const at = nowIso();
    const created = await repo.insertAcknowledgementIfNew(trx, { itemId, departmentId, userId: ctx.actor.userId, at });
    if (created)
      await recordAudit(trx, ctx, { action: 'item.acknowledge', entityType: 'item', entityId: itemId, after: { departmentId, userId: ctx.actor.userId, at } });
    return created;
  });
  const { acknowledgements } = await listAcknowledgements(db, ctx.actor, itemId);
  return { acknowledgement: acknowledgements.find((line) => line.department.id === departmentId)!, isNew };
}

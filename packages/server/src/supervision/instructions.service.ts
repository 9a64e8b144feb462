import type { Actor, RequestContext } from '../auth/actor.js';
import { requirePolicy } from '../auth/policies.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Db } from '../db/database.js';
import { getItemRow } from '../items/items.service.js';
import { notifyUsersOfDepartment } from '../notifications/notifications.service.js';
import { nowIso } from '../shared/clock.js';
import { presentInstruction } from './instructions.presenter.js';
import * as repo from './instructions.repository.js';
import type { InstructionCreate } from './instructions.schema.js';
import { mayWriteInstruction } from './supervision.policies.js';

/** Leaders' instructions (批示) on an item, newest first, for anyone who can see the item. */
export async function listInstructions(db: Db, actor: Actor, itemId: number) {
  const item = await getItemRow(db, actor, itemId);
  const rows = await repo.findInstructionsOfItem(db, item.id);
  return { instructions: rows.map(presentInstruction), policies: { canWriteInstruction: mayWriteInstruction(actor) } };
}

/**
 * A city leader writes an instruction (批示) on an item; only leaders do — the office does not record
 * one on a leader's behalf. The lead department's users are told in the same transaction.
 */
export async function writeInstruction(db: Db, ctx: RequestContext, itemId: number, input: InstructionCreate) {
  const id = await db.transaction().execute(async (trx) => {
    const item = await getItemRow(trx, ctx.actor, itemId);
    requirePolicy(mayWriteInstruction(ctx.actor));
    const row = await repo.insertInstruction(trx, { itemId, authorId: ctx.actor.userId, text: input.text, at: nowIso() });
    await recordAudit(trx, ctx, { action: 'instruction.create', entityType: 'instruction', entityId: row.id, after: row });
    if (item.leadDepartmentId !== null)
      await notifyUsersOfDepartment(trx, item.leadDepartmentId, {
        kind: 'instruction.created',
        title: `领导批示：${item.title}`,
        body: `${ctx.actor.displayName}：${input.text}`,
        link: `/items/${itemId}`,
      });
    return row.id;
  });
  const rows = await repo.findInstructionsOfItem(db, itemId);
  return presentInstruction(rows.find((row) => row.id === id)!);
}

import type { Actor, RequestContext } from '../auth/actor.js';
import { has } from '../auth/capabilities.js';
import { requirePolicy } from '../auth/policies.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Db } from '../db/database.js';
import { getItemRow } from '../items/items.service.js';
import { getCurrentPlan } from '../plan/plans.service.js';
import { notifyUser, notifyUsersOfDepartment } from '../notifications/notifications.service.js';
import { AppError, notFound } from '../shared/app-error.js';
import { nowIso } from '../shared/clock.js';
import { findActorNames } from './actors.repository.js';
import type { InstructionAction } from './instruction-workflow.js';
import { nextInstructionStatus, statusAllowing } from './instruction-workflow.js';
import { instructionSnapshot, presentInstruction, presentOpenInstruction } from './instructions.presenter.js';
import * as repo from './instructions.repository.js';
import type { InstructionCreate, InstructionFeedback } from '@plantrack/contract/supervision/instructions.contract';
import { mayTakeInstructionStep, mayWriteInstruction, SUPERVISION } from './supervision.policies.js';

/** Leaders' instructions (批示) on an item, newest first, each with its step, for anyone who can see the item. */
export async function listInstructions(db: Db, actor: Actor, itemId: number) {
  const item = await getItemRow(db, actor, itemId);
  const rows = await repo.findInstructionsOfItem(db, item.id);
  const names = await findActorNames(
    db,
    rows.flatMap((row) => [row.readBy, row.feedbackBy]),
  );
  return {
    instructions: rows.map((row) => presentInstruction(row, actor, item.leadDepartmentId, names)),
    policies: { canWriteInstruction: mayWriteInstruction(actor) },
  };
}

async function presentOne(db: Db, actor: Actor, itemId: number, id: number) {
  const { instructions } = await listInstructions(db, actor, itemId);
  return instructions.find((instruction) => instruction.id === id)!;
}

/**
 * A city leader writes an instruction (批示) on an item; only leaders do — the office does not record
 * one on a leader's behalf. It is delivered (送达) to the lead department's users in the same transaction.
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
        body: `${ctx.actor.displayName}：${input.text}\n请阅办并落实反馈。`,
        link: instructionLink(itemId),
      });
    return row.id;
  });
  return presentOne(db, ctx.actor, itemId, id);
}

const instructionLink = (itemId: number) => `/items/${itemId}#instructions`;

interface InstructionStep {
  action: InstructionAction;
  version: number | undefined;
  changes: (stamp: { at: string; actorId: number }) => Omit<Parameters<typeof repo.updateInstructionIfVersion>[3], 'status'>;
  /** What the leader who wrote the instruction is told. */
  notice: (itemTitle: string) => { kind: string; title: string; body: string };
}

/**
 * One step of an instruction by its item's lead department, in one transaction: find the item in the
 * caller's scope (404), check the department (403), the version (409 STALE_VERSION) and the path
 * (409 INVALID_STATE), record it in the audit log and tell the leader who wrote it.
 */
async function takeInstructionStep(db: Db, ctx: RequestContext, id: number, step: InstructionStep) {
  const itemId = await repo.findInstructionItemId(db, id);
  if (itemId === undefined) throw notFound('instruction', id);
  await db.transaction().execute(async (trx) => {
    const item = await getItemRow(trx, ctx.actor, itemId);
    const before = (await repo.findInstructionsOfItem(trx, itemId)).find((row) => row.id === id);
    if (!before) throw notFound('instruction', id);
    requirePolicy(mayTakeInstructionStep(ctx.actor, item.leadDepartmentId));
    if (step.version !== undefined && step.version !== before.version) throw new AppError('STALE_VERSION', { currentVersion: before.version });
    const status = nextInstructionStatus(before.status, step.action);
    if (status === null)
      throw new AppError('INVALID_STATE', { entity: 'instruction', status: before.status, action: step.action, allowedFrom: [statusAllowing(step.action)] });
    const at = nowIso();
    if (!(await repo.updateInstructionIfVersion(trx, id, before.version, { ...step.changes({ at, actorId: ctx.actor.userId }), status })))
      throw new AppError('STALE_VERSION', { currentVersion: before.version });
    const after = (await repo.findInstructionsOfItem(trx, itemId)).find((row) => row.id === id)!;
    await recordAudit(trx, ctx, {
      action: `instruction.${step.action}`,
      entityType: 'instruction',
      entityId: id,
      before: instructionSnapshot(before),
      after: instructionSnapshot(after),
    });
    await notifyUser(trx, before.authorId, { ...step.notice(item.title), link: instructionLink(itemId) });
  });
  return presentOne(db, ctx.actor, itemId, id);
}

/** The lead department acknowledges the instruction (阅办): delivered → read, with who and when. */
export async function acknowledgeInstruction(db: Db, ctx: RequestContext, id: number, version: number | undefined) {
  return takeInstructionStep(db, ctx, id, {
    action: 'acknowledge',
    version,
    changes: ({ at, actorId }) => ({ readBy: actorId, readAt: at }),
    notice: (itemTitle) => ({ kind: 'instruction.read', title: `批示已阅办：${itemTitle}`, body: `${ctx.actor.displayName} 已阅办。` }),
  });
}

/** The lead department reports what it did about the instruction (落实反馈): read → answered. */
export async function answerInstruction(db: Db, ctx: RequestContext, id: number, input: InstructionFeedback) {
  return takeInstructionStep(db, ctx, id, {
    action: 'answer',
    version: input.version,
    changes: ({ at, actorId }) => ({ feedback: input.feedback, feedbackBy: actorId, feedbackAt: at }),
    notice: (itemTitle) => ({ kind: 'instruction.answered', title: `批示落实反馈：${itemTitle}`, body: `${ctx.actor.displayName}：${input.feedback}` }),
  });
}

/** Enough for a department's or a leader's to-do; more than this waiting is a conversation, not a list. */
const OPEN_LIMIT = 200;

/**
 * Instructions still waiting for 阅办 or 落实反馈: a department sees those on the items it leads (what it
 * must do), a leader their own (what they wait for), the office all of them.
 */
export async function listOpenInstructions(db: Db, actor: Actor) {
  const plan = await getCurrentPlan(db, actor);
  const of: repo.OpenInstructionsOf = has(actor, SUPERVISION.writeInstructions)
    ? { authorId: actor.userId, authorPersonId: actor.personId }
    : has(actor, SUPERVISION.followAllInstructions)
      ? 'all'
      : // A department role without a department reaches no item.
        { leadDepartmentId: actor.departmentId ?? -1 };
  const rows = await repo.findOpenInstructions(db, plan.id, of, OPEN_LIMIT);
  return { instructions: rows.map(presentOpenInstruction) };
}

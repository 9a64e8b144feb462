import type { Db } from '../db/database.js';
import type { InstructionStatus, InstructionTable } from '../db/schema.js';

/** An item's instructions, newest first, with the author's account and (for a leader) their name and title. */
export async function findInstructionsOfItem(db: Db, itemId: number) {
  return db
    .selectFrom('instructions')
    .innerJoin('users', 'users.id', 'instructions.authorId')
    .leftJoin('people', 'people.id', 'users.personId')
    .selectAll('instructions')
    .select(['users.displayName as authorDisplayName', 'people.name as authorPersonName', 'people.title as authorTitle'])
    .where('instructions.itemId', '=', itemId)
    .orderBy('instructions.at', 'desc')
    .orderBy('instructions.id', 'desc')
    .execute();
}

export type InstructionRow = Awaited<ReturnType<typeof findInstructionsOfItem>>[number];

export async function insertInstruction(db: Db, row: { itemId: number; authorId: number; text: string; at: string }) {
  return db.insertInto('instructions').values(row).returningAll().executeTakeFirstOrThrow();
}

/** Which item an instruction is on; the caller then finds the item in its own scope. */
export async function findInstructionItemId(db: Db, id: number): Promise<number | undefined> {
  const row = await db.selectFrom('instructions').select('itemId').where('id', '=', id).executeTakeFirst();
  return row?.itemId;
}

type InstructionChanges = { status: InstructionStatus } & Partial<Pick<InstructionTable, 'readBy' | 'readAt' | 'feedback' | 'feedbackBy' | 'feedbackAt'>>;

/** Applies the step only when `version` still matches; false means someone else took a step first. */
export async function updateInstructionIfVersion(db: Db, id: number, version: number, changes: InstructionChanges): Promise<boolean> {
  const result = await db
    .updateTable('instructions')
    .set({ ...changes, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** How many of a leader's instructions (by any of their accounts) wait for the department: to acknowledge (阅办) or to answer (反馈). */
export async function countOpenInstructionsOfLeader(db: Db, leaderPersonId: number, planId: number) {
  const rows = await db
    .selectFrom('instructions')
    .innerJoin('items', 'items.id', 'instructions.itemId')
    .innerJoin('users', 'users.id', 'instructions.authorId')
    .select(['instructions.status', (eb) => eb.fn.countAll<number>().as('total')])
    .where('users.personId', '=', leaderPersonId)
    .where('items.planId', '=', planId)
    .where('instructions.status', '<>', 'answered')
    .groupBy('instructions.status')
    .execute();
  const count = (status: string) => Number(rows.find((row) => row.status === status)?.total ?? 0);
  return { awaitingRead: count('delivered'), awaitingFeedback: count('read') };
}

/** Whose open instructions: a department's (on items it leads), a leader's own (any of their accounts), or the whole plan's. */
export type OpenInstructionsOf = { leadDepartmentId: number } | { authorPersonId: number | null; authorId: number } | 'all';

/** Instructions not yet answered (落实反馈), oldest first (the longest waiting at the top), with their item. */
export async function findOpenInstructions(db: Db, planId: number, of: OpenInstructionsOf, limit: number) {
  let query = db
    .selectFrom('instructions')
    .innerJoin('items', 'items.id', 'instructions.itemId')
    .innerJoin('users', 'users.id', 'instructions.authorId')
    .leftJoin('people', 'people.id', 'users.personId')
    .select([
      'instructions.id',
      'instructions.text',
      'instructions.status',
      'instructions.at',
      'items.id as itemId',
      'items.code as itemCode',
      'items.title as itemTitle',
      'users.displayName as authorDisplayName',
      'people.name as authorPersonName',
    ])
    .where('items.planId', '=', planId)
    .where('instructions.status', '<>', 'answered');
  if (of !== 'all' && 'leadDepartmentId' in of) query = query.where('items.leadDepartmentId', '=', of.leadDepartmentId);
  if (of !== 'all' && 'authorId' in of) {
    const { authorId, authorPersonId } = of;
    query = query.where((eb) =>
      eb.or([eb('instructions.authorId', '=', authorId), ...(authorPersonId === null ? [] : [eb('users.personId', '=', authorPersonId)])]),
    );
  }
  return query.orderBy('instructions.at').orderBy('instructions.id').limit(limit).execute();
}

export type OpenInstructionRow = Awaited<ReturnType<typeof findOpenInstructions>>[number];

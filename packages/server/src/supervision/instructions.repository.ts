import type { Db } from '../db/database.js';

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

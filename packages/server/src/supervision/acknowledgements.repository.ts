import type { Db } from '../db/database.js';

/** Acknowledgements of an item with each department's name, oldest first. */
export async function findAcknowledgementsOfItem(db: Db, itemId: number) {
  return db
    .selectFrom('acknowledgements')
    .innerJoin('departments', 'departments.id', 'acknowledgements.departmentId')
    .selectAll('acknowledgements')
    .select(['departments.name as departmentName', 'departments.shortName as departmentShortName'])
    .where('acknowledgements.itemId', '=', itemId)
    .orderBy('acknowledgements.at')
    .orderBy('acknowledgements.id')
    .execute();
}

export type AcknowledgementRow = Awaited<ReturnType<typeof findAcknowledgementsOfItem>>[number];

/**
 * Records the department's acknowledgement unless it already has one. The unique (item, department)
 * constraint decides a race, so two heads clicking at once still leave exactly one record.
 * Returns whether this call created it.
 */
export async function insertAcknowledgementIfNew(db: Db, row: { itemId: number; departmentId: number; userId: number; at: string }): Promise<boolean> {
  const inserted = await db
    .insertInto('acknowledgements')
    .values(row)
    .onConflict((oc) => oc.columns(['itemId', 'departmentId']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

import type { Db } from '../db/database.js';

/** Lookups of the records an item points at, each within the caller's organisation or plan (item-references.ts). */

export async function findAreaIdByCode(db: Db, planId: number, code: string): Promise<number | undefined> {
  const area = await db.selectFrom('areas').select('id').where('planId', '=', planId).where('code', '=', code).executeTakeFirst();
  return area?.id;
}

export async function findLedgersOfKinds(db: Db, planId: number, kinds: string[]) {
  return db.selectFrom('ledgers').select(['id', 'kind']).where('planId', '=', planId).where('kind', 'in', kinds).execute();
}

export async function findDepartmentIdsAmong(db: Db, organisationId: number, ids: number[]): Promise<number[]> {
  const rows = await db.selectFrom('departments').select('id').where('organisationId', '=', organisationId).where('id', 'in', ids).execute();
  return rows.map((row) => row.id);
}

export async function hasPersonOfKind(db: Db, organisationId: number, id: number, kind: 'leader' | 'staff'): Promise<boolean> {
  const person = await db
    .selectFrom('people')
    .select('id')
    .where('organisationId', '=', organisationId)
    .where('id', '=', id)
    .where('kind', '=', kind)
    .executeTakeFirst();
  return person !== undefined;
}

export async function hasSectionInOrganisation(db: Db, organisationId: number, sectionId: number): Promise<boolean> {
  const section = await db
    .selectFrom('sections')
    .innerJoin('departments', 'departments.id', 'sections.departmentId')
    .select('sections.id')
    .where('sections.id', '=', sectionId)
    .where('departments.organisationId', '=', organisationId)
    .executeTakeFirst();
  return section !== undefined;
}

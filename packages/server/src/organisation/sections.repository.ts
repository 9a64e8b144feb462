import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Db } from '../db/database.js';
import type { SectionTable } from '../db/schema.js';

export type SectionRow = Selectable<SectionTable>;

export async function findSectionsOfDepartment(db: Db, departmentId: number): Promise<SectionRow[]> {
  return db.selectFrom('sections').selectAll().where('departmentId', '=', departmentId).orderBy('id').execute();
}

/** A section of a department of the organisation; another organisation's is undefined. */
export async function findSectionOfOrganisation(db: Db, organisationId: number, id: number): Promise<SectionRow | undefined> {
  return db
    .selectFrom('sections')
    .innerJoin('departments', 'departments.id', 'sections.departmentId')
    .selectAll('sections')
    .where('sections.id', '=', id)
    .where('departments.organisationId', '=', organisationId)
    .executeTakeFirst();
}

export async function findSectionByName(db: Db, departmentId: number, name: string): Promise<SectionRow | undefined> {
  return db.selectFrom('sections').selectAll().where('departmentId', '=', departmentId).where('name', '=', name).executeTakeFirst();
}

export async function insertSection(db: Db, section: Insertable<SectionTable>): Promise<SectionRow> {
  return db.insertInto('sections').values(section).returningAll().executeTakeFirstOrThrow();
}

/** Applies the change only when `version` still matches; undefined means stale. */
export async function updateSectionIfVersion(db: Db, id: number, version: number, changes: Updateable<SectionTable>): Promise<SectionRow | undefined> {
  return db
    .updateTable('sections')
    .set({ ...changes, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
}

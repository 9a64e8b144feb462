import type { Insertable } from 'kysely';
import type { Db } from '../db/database.js';
import type { DepartmentRow, DepartmentTable } from '../db/schema.js';

/** Department names as people write them: no spaces, full-width letters and digits folded. */
export function normaliseDepartmentName(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '');
}

/** Finds a department of the organisation by its full name, short name or any alias. */
export async function findDepartmentByName(db: Db, organisationId: number, name: string): Promise<DepartmentRow | undefined> {
  const wanted = normaliseDepartmentName(name);
  const direct = await db
    .selectFrom('departments')
    .selectAll()
    .where('organisationId', '=', organisationId)
    .where((eb) => eb.or([eb('name', '=', wanted), eb('shortName', '=', wanted)]))
    .executeTakeFirst();
  if (direct) return direct;
  return db
    .selectFrom('departmentAliases')
    .innerJoin('departments', 'departments.id', 'departmentAliases.departmentId')
    .selectAll('departments')
    .where('departmentAliases.organisationId', '=', organisationId)
    .where('departmentAliases.alias', '=', wanted)
    .executeTakeFirst();
}

export async function findDepartmentById(db: Db, organisationId: number, id: number): Promise<DepartmentRow | undefined> {
  return db.selectFrom('departments').selectAll().where('organisationId', '=', organisationId).where('id', '=', id).executeTakeFirst();
}

export async function insertDepartment(db: Db, department: Insertable<DepartmentTable>, aliases: string[]): Promise<DepartmentRow> {
  const row = await db.insertInto('departments').values(department).returningAll().executeTakeFirstOrThrow();
  if (aliases.length > 0) {
    await db
      .insertInto('departmentAliases')
      .values(aliases.map((alias) => ({ organisationId: department.organisationId, departmentId: row.id, alias: normaliseDepartmentName(alias) })))
      .execute();
  }
  return row;
}

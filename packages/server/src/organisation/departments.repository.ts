import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../db/database.js';
import type { DepartmentAliasTable, DepartmentRow, DepartmentTable } from '../db/schema.js';

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

/** The organisation's departments (or one of them) with how many sections each has, in one query. */
export async function findDepartmentsWithSectionCounts(db: Db, organisationId: number, departmentId?: number) {
  let query = db
    .selectFrom('departments')
    .leftJoin('sections', 'sections.departmentId', 'departments.id')
    .selectAll('departments')
    .select((eb) => eb.fn.count<number>('sections.id').as('sectionCount'))
    .where('departments.organisationId', '=', organisationId);
  if (departmentId !== undefined) query = query.where('departments.id', '=', departmentId);
  return query.groupBy('departments.id').orderBy('departments.id').execute();
}

/** The organisation's departments by name only: the choices when an account is given a department role. */
export async function findDepartmentNames(db: Db, organisationId: number): Promise<{ id: number; name: string; shortName: string }[]> {
  return db.selectFrom('departments').select(['id', 'name', 'shortName']).where('organisationId', '=', organisationId).orderBy('id').execute();
}

export type DepartmentWithCountRow = Awaited<ReturnType<typeof findDepartmentsWithSectionCounts>>[number];

/** Aliases of each department, batched for a list of departments. */
export async function findAliasesOfDepartments(db: Db, departmentIds: number[]): Promise<Map<number, { id: number; alias: string }[]>> {
  const result = new Map<number, { id: number; alias: string }[]>();
  if (departmentIds.length === 0) return result;
  const rows = await db
    .selectFrom('departmentAliases')
    .select(['id', 'departmentId', 'alias'])
    .where('departmentId', 'in', departmentIds)
    .orderBy('id')
    .execute();
  for (const { departmentId, ...alias } of rows) result.set(departmentId, [...(result.get(departmentId) ?? []), alias]);
  return result;
}

/** Applies the change only when `version` still matches; undefined means stale. */
export async function updateDepartmentIfVersion(db: Db, id: number, version: number, changes: Updateable<DepartmentTable>) {
  return db
    .updateTable('departments')
    .set({ ...changes, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
}

export async function insertDepartmentAlias(db: Db, alias: Insertable<DepartmentAliasTable>): Promise<void> {
  await db.insertInto('departmentAliases').values(alias).execute();
}

export async function deleteDepartmentAlias(db: Db, id: number): Promise<void> {
  await db.deleteFrom('departmentAliases').where('id', '=', id).execute();
}

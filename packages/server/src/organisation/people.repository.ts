import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../db/database.js';
import type { PersonRow, PersonTable } from '../db/schema.js';
import { decryptField, encryptField } from '../shared/field-crypto.js';
import type { PersonKind } from '@plantrack/contract/enums';

export interface PeopleFilter {
  organisationId: number;
  personId?: number | undefined;
  kind?: PersonKind | undefined;
  departmentId?: number | undefined;
}

/** People with their department and section names joined in (one query, no N+1); leaders first. */
export async function findPeople(db: Db, filter: PeopleFilter) {
  let query = db
    .selectFrom('people')
    .leftJoin('departments', 'departments.id', 'people.departmentId')
    .leftJoin('sections', 'sections.id', 'people.sectionId')
    .selectAll('people')
    .select(['departments.name as departmentName', 'departments.shortName as departmentShortName', 'sections.name as sectionName'])
    .where('people.organisationId', '=', filter.organisationId);
  if (filter.personId !== undefined) query = query.where('people.id', '=', filter.personId);
  if (filter.kind !== undefined) query = query.where('people.kind', '=', filter.kind);
  if (filter.departmentId !== undefined) query = query.where('people.departmentId', '=', filter.departmentId);
  const rows = await query.orderBy('people.kind').orderBy('people.id').execute();
  return rows.map(withPlainPhone);
}

/** Phones are stored encrypted (SM4, shared/field-crypto.ts) and leave the repository decrypted. */
function withPlainPhone<T extends { phone: string | null }>(row: T): T {
  return { ...row, phone: decryptField(row.phone) };
}

function withEncryptedPhone<T extends { phone?: string | null | undefined }>(values: T): T {
  return values.phone === undefined ? values : { ...values, phone: encryptField(values.phone) };
}

export type PersonListRow = Awaited<ReturnType<typeof findPeople>>[number];

export async function findPersonRow(db: Db, organisationId: number, id: number): Promise<PersonListRow | undefined> {
  const [row] = await findPeople(db, { organisationId, personId: id });
  return row;
}

export async function insertPerson(db: Db, person: Insertable<PersonTable>): Promise<PersonRow> {
  return withPlainPhone(await db.insertInto('people').values(withEncryptedPhone(person)).returningAll().executeTakeFirstOrThrow());
}

/** Applies the change only when `version` still matches; undefined means stale. */
export async function updatePersonIfVersion(db: Db, id: number, version: number, changes: Updateable<PersonTable>): Promise<PersonRow | undefined> {
  const row = await db
    .updateTable('people')
    .set({ ...withEncryptedPhone(changes), version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
  return row && withPlainPhone(row);
}

/** The city leaders (市领导) of an organisation by name: what a leader account may be linked to. */
export async function findLeaderNames(db: Db, organisationId: number): Promise<{ id: number; name: string; title: string | null }[]> {
  return db
    .selectFrom('people')
    .select(['id', 'name', 'title'])
    .where('organisationId', '=', organisationId)
    .where('kind', '=', 'leader')
    .orderBy('id')
    .execute();
}

/** A city leader (市领导) of the organisation, or nothing. */
export async function findLeaderById(db: Db, organisationId: number, id: number) {
  return db
    .selectFrom('people')
    .select(['id', 'name'])
    .where('organisationId', '=', organisationId)
    .where('kind', '=', 'leader')
    .where('id', '=', id)
    .executeTakeFirst();
}

import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../db/database.js';
import type { UserRow, UserTable } from '../db/schema.js';

export async function findUserByUsername(db: Db, username: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
}

export async function findUserById(db: Db, id: number): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertUser(db: Db, user: Insertable<UserTable>): Promise<UserRow> {
  return db.insertInto('users').values(user).returningAll().executeTakeFirstOrThrow();
}

/** Applies the change only when `version` still matches; undefined means stale or missing. */
export async function updateUserIfVersion(db: Db, id: number, version: number, changes: Updateable<UserTable>): Promise<UserRow | undefined> {
  return db
    .updateTable('users')
    .set({ ...changes, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
}

export async function findUsersOfOrganisation(db: Db, organisationId: number): Promise<UserRow[]> {
  return db.selectFrom('users').selectAll().where('organisationId', '=', organisationId).orderBy('username').execute();
}

export async function countUsers(db: Db): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** A user of the organisation; another organisation's is undefined. */
export async function findUserOfOrganisation(db: Db, organisationId: number, id: number): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('organisationId', '=', organisationId).where('id', '=', id).executeTakeFirst();
}

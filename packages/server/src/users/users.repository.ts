import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../db/database.js';
import type { UserRow, UserTable } from '../db/schema.js';
import { decryptField, encryptField } from '../shared/field-crypto.js';

/** E-mail addresses are stored encrypted (SM4, shared/field-crypto.ts) and leave the repository decrypted. */
function withPlainEmail(row: UserRow): UserRow;
function withPlainEmail(row: UserRow | undefined): UserRow | undefined;
function withPlainEmail(row: UserRow | undefined): UserRow | undefined {
  return row && { ...row, email: decryptField(row.email) };
}

function withEncryptedEmail<T extends { email?: string | null | undefined }>(values: T): T {
  return values.email === undefined ? values : { ...values, email: encryptField(values.email) };
}

export async function findUserByUsername(db: Db, username: string): Promise<UserRow | undefined> {
  return withPlainEmail(await db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst());
}

export async function findUserById(db: Db, id: number): Promise<UserRow | undefined> {
  return withPlainEmail(await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst());
}

export async function insertUser(db: Db, user: Insertable<UserTable>): Promise<UserRow> {
  return withPlainEmail(await db.insertInto('users').values(withEncryptedEmail(user)).returningAll().executeTakeFirstOrThrow());
}

/** Applies the change only when `version` still matches; undefined means stale or missing. */
export async function updateUserIfVersion(db: Db, id: number, version: number, changes: Updateable<UserTable>): Promise<UserRow | undefined> {
  return withPlainEmail(
    await db
      .updateTable('users')
      .set({ ...withEncryptedEmail(changes), version: version + 1 })
      .where('id', '=', id)
      .where('version', '=', version)
      .returningAll()
      .executeTakeFirst(),
  );
}

export async function findUsersOfOrganisation(db: Db, organisationId: number): Promise<UserRow[]> {
  const rows = await db.selectFrom('users').selectAll().where('organisationId', '=', organisationId).orderBy('username').execute();
  return rows.map((row) => withPlainEmail(row));
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
  return withPlainEmail(await db.selectFrom('users').selectAll().where('organisationId', '=', organisationId).where('id', '=', id).executeTakeFirst());
}

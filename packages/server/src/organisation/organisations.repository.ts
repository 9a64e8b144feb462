import type { Db } from '../db/database.js';

export async function findOrganisation(db: Db, id: number) {
  return db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findChildOrganisations(db: Db, parentId: number) {
  return db.selectFrom('organisations').selectAll().where('parentId', '=', parentId).orderBy('code').execute();
}

export type OrganisationRow = NonNullable<Awaited<ReturnType<typeof findOrganisation>>>;

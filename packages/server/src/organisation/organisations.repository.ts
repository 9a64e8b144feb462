import type { Db } from '../db/database.js';

export async function findOrganisation(db: Db, id: number) {
  return db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findChildOrganisations(db: Db, parentId: number) {
  return db.selectFrom('organisations').selectAll().where('parentId', '=', parentId).orderBy('code').execute();
}

/** The organisation with this code, or without a code the first one that runs a plan (the usual single-city install). */
export async function findOrganisationIdByCodeOrPlan(db: Db, code: string | undefined): Promise<number | undefined> {
  const query = db.selectFrom('organisations').select('organisations.id');
  const row = code
    ? await query.where('code', '=', code).executeTakeFirst()
    : await query.innerJoin('plans', 'plans.organisationId', 'organisations.id').orderBy('plans.id').executeTakeFirst();
  return row?.id;
}

export type OrganisationRow = NonNullable<Awaited<ReturnType<typeof findOrganisation>>>;

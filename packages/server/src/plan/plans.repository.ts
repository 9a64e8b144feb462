import type { Db } from '../db/database.js';

/** The organisation's current plan: the latest one it runs (a city runs one plan at a time). */
export async function findCurrentPlan(db: Db, organisationId: number) {
  return db.selectFrom('plans').selectAll().where('organisationId', '=', organisationId).orderBy('startYear', 'desc').orderBy('id', 'desc').executeTakeFirst();
}

export async function findAreasOfPlan(db: Db, planId: number) {
  return db.selectFrom('areas').selectAll().where('planId', '=', planId).orderBy('sortOrder').execute();
}

import type { Db } from '../db/database.js';

/**
 * Reads for the public progress page (政务公开). Every query selects its columns by name, and only
 * items marked public: no staff, phones, sections, reports, evidence or comments are ever read here.
 */

/** The organisation the page shows: the one given by code, otherwise the first one running a plan. */
export async function findPublicOrganisation(db: Db, code: string | undefined) {
  let query = db.selectFrom('organisations').innerJoin('plans', 'plans.organisationId', 'organisations.id').select(['organisations.id', 'organisations.name']);
  if (code !== undefined) query = query.where('organisations.code', '=', code);
  return query.orderBy('organisations.id').executeTakeFirst();
}

export async function findPublicAreas(db: Db, planId: number) {
  return db.selectFrom('areas').select(['id', 'code', 'numeral', 'title']).where('planId', '=', planId).orderBy('sortOrder').execute();
}

export async function findPublicItems(db: Db, planId: number) {
  return db
    .selectFrom('items')
    .leftJoin('departments', 'departments.id', 'items.leadDepartmentId')
    .select(['items.id', 'items.areaId', 'items.code', 'items.title', 'items.targets', 'items.deadlineText', 'departments.name as leadDepartmentName'])
    .where('items.planId', '=', planId)
    .where('items.isPublic', '=', 1)
    .orderBy('items.code')
    .execute();
}

/** The indicators whose item is public. */
export async function findPublicIndicators(db: Db, planId: number) {
  return db
    .selectFrom('indicators')
    .innerJoin('items', 'items.id', 'indicators.itemId')
    .select([
      'indicators.id',
      'indicators.itemId',
      'items.title',
      'indicators.unit',
      'indicators.baselineYear',
      'indicators.baselineValue',
      'indicators.targetYear',
      'indicators.target',
    ])
    .where('indicators.planId', '=', planId)
    .where('items.isPublic', '=', 1)
    .orderBy('items.code')
    .execute();
}

export type PublicItemRow = Awaited<ReturnType<typeof findPublicItems>>[number];
export type PublicIndicatorRow = Awaited<ReturnType<typeof findPublicIndicators>>[number];
export type PublicAreaRow = Awaited<ReturnType<typeof findPublicAreas>>[number];

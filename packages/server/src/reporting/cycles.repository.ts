import type { Kysely } from 'kysely';
import type { Db } from '../db/database.js';
import { isPostgres } from '../db/dialect.js';
import { itemDepartmentPairs } from '../items/items.repository.js';

export async function findCyclesOfPlan(db: Db, planId: number) {
  return db.selectFrom('reportingCycles').selectAll().where('planId', '=', planId).orderBy('period', 'desc').execute();
}

export type CycleRow = Awaited<ReturnType<typeof findCyclesOfPlan>>[number];

export async function findCycle(db: Db, planId: number, id: number): Promise<CycleRow | undefined> {
  return db.selectFrom('reportingCycles').selectAll().where('planId', '=', planId).where('id', '=', id).executeTakeFirst();
}

export async function insertCycle(db: Db, row: { planId: number; period: string; deadline: string; openedBy: number; createdAt: string; updatedAt: string }) {
  return db.insertInto('reportingCycles').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function updateCycleIfVersion(
  db: Db,
  id: number,
  version: number,
  changes: { status?: 'open' | 'closed'; deadline?: string; closedAt?: string | null; closedBy?: number | null; updatedAt: string },
) {
  return db
    .updateTable('reportingCycles')
    .set({ ...changes, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
}

/** How many reports of a cycle are in each state, for every cycle of the plan at once. */
/** Reports per cycle and state, of every cycle of the plan or of one. */
export async function countReportsByCycleAndState(db: Db, planId: number, cycleId?: number) {
  let query = db
    .selectFrom('progressReports')
    .innerJoin('reportingCycles', 'reportingCycles.id', 'progressReports.cycleId')
    .select(['progressReports.cycleId', 'progressReports.state', (eb) => eb.fn.countAll<number>().as('count')])
    .where('reportingCycles.planId', '=', planId);
  if (cycleId !== undefined) query = query.where('progressReports.cycleId', '=', cycleId);
  return query.groupBy(['progressReports.cycleId', 'progressReports.state']).execute();
}

/**
 * Per department that answers for items of the plan (lead or co-operating, as 本季度待报 counts them):
 * how many reports it owes in the cycle, how many are with the office (submitted or approved) and how
 * many approved. One grouped query over the (item, department) pairs, whatever the number of departments.
 */
export async function countReportsByDepartment(db: Db, planId: number, cycleId: number) {
  const rows = await db
    .selectFrom(itemDepartmentPairs(db, planId).as('m'))
    .innerJoin('departments as d', 'd.id', 'm.departmentId')
    .leftJoin('progressReports as r', (join) => join.onRef('r.itemId', '=', 'm.itemId').on('r.cycleId', '=', cycleId))
    .select((eb) => [
      'd.id as departmentId',
      'd.name',
      'd.shortName',
      eb.fn.countAll<number>().as('owed'),
      eb.fn.count<number>('r.id').filterWhere('r.state', 'in', ['submitted', 'approved']).as('reported'),
      eb.fn.count<number>('r.id').filterWhere('r.state', '=', 'approved').as('approved'),
    ])
    .groupBy(['d.id', 'd.name', 'd.shortName'])
    .execute();
  return rows.map((row) => ({ ...row, owed: Number(row.owed), reported: Number(row.reported), approved: Number(row.approved) }));
}

/** The office's reminders (催报) of a cycle, per department: how many and the latest. */
export async function summariseCycleReminders(db: Db, cycleId: number) {
  const rows = await db
    .selectFrom('cycleReminders')
    .select((eb) => ['departmentId', eb.fn.countAll<number>().as('count'), eb.fn.max('sentAt').as('lastSentAt')])
    .where('cycleId', '=', cycleId)
    .groupBy('departmentId')
    .execute();
  return new Map(rows.map((row) => [row.departmentId, { count: Number(row.count), lastSentAt: row.lastSentAt }]));
}

export async function insertCycleReminder(db: Db, row: { cycleId: number; departmentId: number; sentBy: number; sentAt: string; notifiedCount: number }) {
  return db.insertInto('cycleReminders').values(row).returningAll().executeTakeFirstOrThrow();
}

/**
 * Serialises 催报 of one cycle so two clicks at once cannot both pass the repeat check. SQLite's write
 * transactions are serial already (BEGIN IMMEDIATE); PostgreSQL locks the cycle's row.
 */
export async function lockCycleForReminders(db: Db, cycleId: number): Promise<void> {
  if (isPostgres(db as unknown as Kysely<unknown>)) await db.selectFrom('reportingCycles').select('id').where('id', '=', cycleId).forUpdate().execute();
}

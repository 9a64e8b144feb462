import type { Db } from '../db/database.js';
import { selectWithTemplate } from '../db/query-templates.js';

export async function findCyclesOfPlan(db: Db, planId: number) {
  return db.selectFrom('reportingCycles').selectAll().where('planId', '=', planId).orderBy('period', 'desc').execute();
}

export type CycleRow = Awaited<ReturnType<typeof findCyclesOfPlan>>[number];

export async function findCycle(db: Db, planId: number, id: number): Promise<CycleRow | undefined> {
  return db.selectFrom('reportingCycles').selectAll().where('planId', '=', planId).where('id', '=', id).executeTakeFirst();
}

/** Read by every list page that shows statuses: a templated query (see compileWithTemplate). */
export async function findCycleByPeriod(db: Db, planId: number, period: string): Promise<CycleRow | undefined> {
  const [cycle] = await selectWithTemplate(db, 'cycles.byPeriod', [planId, period] as const, ([plan, at]) =>
    db.selectFrom('reportingCycles').selectAll().where('planId', '=', plan).where('period', '=', at),
  );
  return cycle;
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

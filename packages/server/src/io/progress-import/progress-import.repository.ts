import type { Db } from '../../db/database.js';
import type { IndicatorValueUpdate, ProgressReportUpdate } from '../../db/schema.js';

/** What a progress import reads and writes besides the reports and values it inserts (reporting's and indicators' repositories). */

/** The plan's reporting cycles of these quarters, by period. */
export async function findCyclesOfPeriods(db: Db, planId: number, periods: string[]) {
  if (periods.length === 0) return new Map<string, { id: number; status: 'open' | 'closed' }>();
  const rows = await db.selectFrom('reportingCycles').select(['id', 'period', 'status']).where('planId', '=', planId).where('period', 'in', periods).execute();
  return new Map(rows.map((r) => [r.period, { id: r.id, status: r.status }]));
}

/** The plan's progress reports in these quarters, by `itemId|period`. */
export async function findReportIdsOfPeriods(db: Db, planId: number, periods: string[]) {
  if (periods.length === 0) return new Map<string, number>();
  const rows = await db
    .selectFrom('progressReports as r')
    .innerJoin('items', 'items.id', 'r.itemId')
    .select(['r.id', 'r.itemId', 'r.period'])
    .where('items.planId', '=', planId)
    .where('r.period', 'in', periods)
    .execute();
  return new Map(rows.map((r) => [`${r.itemId}|${r.period}`, r.id]));
}

/** The plan's indicator values in these quarters, by `indicatorId|period`. */
export async function findIndicatorValueIdsOfPeriods(db: Db, planId: number, periods: string[]) {
  if (periods.length === 0) return new Map<string, number>();
  const rows = await db
    .selectFrom('indicatorValues as v')
    .innerJoin('indicators', 'indicators.id', 'v.indicatorId')
    .select(['v.id', 'v.indicatorId', 'v.period'])
    .where('indicators.planId', '=', planId)
    .where('v.period', 'in', periods)
    .execute();
  return new Map(rows.map((r) => [`${r.indicatorId}|${r.period}`, r.id]));
}

/** A past quarter that had no cycle gets a closed one, so its imported reports belong to a cycle like any other. */
export async function insertClosedCycle(
  db: Db,
  cycle: { planId: number; period: string; deadline: string; userId: number | null; now: string },
): Promise<number> {
  const { userId, now } = cycle;
  const inserted = await db
    .insertInto('reportingCycles')
    .values({
      planId: cycle.planId,
      period: cycle.period,
      deadline: cycle.deadline,
      status: 'closed',
      openedBy: userId,
      closedAt: now,
      closedBy: userId,
      createdAt: now,
      updatedAt: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}

/** Replaces an existing report with the imported figures (the next version); the one before is returned for the audit log. */
export async function replaceReport(db: Db, id: number, fields: ProgressReportUpdate) {
  const before = await db.selectFrom('progressReports').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const after = await db
    .updateTable('progressReports')
    .set({ ...fields, version: before.version + 1 })
    .where('id', '=', before.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return { before, after };
}

/** An imported report's version: who imported it from which file (`actorId` null for the command line). */
export async function insertImportedReportVersion(db: Db, row: { reportId: number; version: number; snapshot: string; actorId: number | null; at: string }) {
  await db
    .insertInto('reportVersions')
    .values({ ...row, action: 'import' })
    .execute();
}

/** Replaces an existing indicator value with the imported one (the next version); the one before is returned for the audit log. */
export async function replaceIndicatorValue(db: Db, id: number, fields: IndicatorValueUpdate) {
  const before = await db.selectFrom('indicatorValues').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const after = await db
    .updateTable('indicatorValues')
    .set({ ...fields, version: before.version + 1 })
    .where('id', '=', before.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return { before, after };
}

import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../db/database.js';
import type { ProgressReportTable, ReportState } from '../db/schema.js';
import type { ItemFilter } from '../items/items.repository.js';
import { filterItems } from '../items/items.repository.js';

export interface ReportFilter extends ItemFilter {
  cycleId?: number | undefined;
  period?: string | undefined;
  /** Only quarters before this one. */
  before?: string | undefined;
  states?: ReportState[] | undefined;
  reportId?: number | undefined;
  reportIds?: number[] | undefined;
}

/** Reports joined to their item and cycle; item filters and the department scope apply as for items. */
export async function findReports(db: Db, filter: ReportFilter, limit: number, offset: number) {
  // One report, named by id, opens even if its indicator was retired (history stays readable).
  let query = filterItems(db, filter.reportId === undefined ? filter : { ...filter, retired: 'include' })
    .innerJoin('progressReports as r', 'r.itemId', 'items.id')
    .innerJoin('reportingCycles as c', 'c.id', 'r.cycleId')
    .leftJoin('departments as lead', 'lead.id', 'items.leadDepartmentId')
    .leftJoin('users as reviewer', 'reviewer.id', 'r.reviewedBy');
  if (filter.reportId !== undefined) query = query.where('r.id', '=', filter.reportId);
  if (filter.reportIds !== undefined) query = query.where('r.id', 'in', filter.reportIds.length > 0 ? filter.reportIds : [0]);
  if (filter.cycleId !== undefined) query = query.where('r.cycleId', '=', filter.cycleId);
  if (filter.period !== undefined) query = query.where('r.period', '=', filter.period);
  if (filter.before !== undefined) query = query.where('r.period', '<', filter.before);
  if (filter.states?.length) query = query.where('r.state', 'in', filter.states);
  return (
    query
      .selectAll('r')
      .select([
        'items.code as itemCode',
        'items.title as itemTitle',
        'items.pilotLevel',
        'items.leadDepartmentId',
        'lead.shortName as leadDepartmentShortName',
        'c.status as cycleStatus',
        'c.deadline as cycleDeadline',
        'reviewer.displayName as reviewerName',
      ])
      // Returned reports first: they are what a department must fix.
      .orderBy((eb) => eb.case().when('r.state', '=', 'returned').then(0).else(1).end())
      .orderBy('r.period', 'desc')
      .orderBy('items.code')
      .limit(limit)
      .offset(offset)
      .execute()
  );
}

export type ReportRow = Awaited<ReturnType<typeof findReports>>[number];

export async function countReports(db: Db, filter: ReportFilter): Promise<number> {
  let query = filterItems(db, filter).innerJoin('progressReports as r', 'r.itemId', 'items.id');
  if (filter.cycleId !== undefined) query = query.where('r.cycleId', '=', filter.cycleId);
  if (filter.period !== undefined) query = query.where('r.period', '=', filter.period);
  if (filter.before !== undefined) query = query.where('r.period', '<', filter.before);
  if (filter.states?.length) query = query.where('r.state', 'in', filter.states);
  const row = await query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  return Number(row.total);
}

export async function findReportIdOfItemCycle(db: Db, itemId: number, cycleId: number) {
  return db.selectFrom('progressReports').select(['id', 'version', 'state']).where('itemId', '=', itemId).where('cycleId', '=', cycleId).executeTakeFirst();
}

export async function insertReport(db: Db, row: Insertable<ProgressReportTable>) {
  return db.insertInto('progressReports').values(row).returningAll().executeTakeFirstOrThrow();
}

/**
 * The one way a report changes: only if it still has the version the caller saw and is in a state
 * the action is allowed from. Two concurrent approvals therefore produce one approval.
 */
export async function updateReportIf(db: Db, id: number, version: number, fromStates: ReportState[], changes: Updateable<ProgressReportTable>) {
  return db
    .updateTable('progressReports')
    .set({ ...changes, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .where('state', 'in', fromStates)
    .returningAll()
    .executeTakeFirst();
}

export async function insertReportVersion(db: Db, row: { reportId: number; version: number; action: string; snapshot: string; actorId: number; at: string }) {
  await db.insertInto('reportVersions').values(row).execute();
}

export async function findVersionsOfReport(db: Db, reportId: number) {
  return db
    .selectFrom('reportVersions')
    .leftJoin('users', 'users.id', 'reportVersions.actorId')
    .select(['reportVersions.version', 'reportVersions.action', 'reportVersions.snapshot', 'reportVersions.at', 'users.displayName as actorName'])
    .where('reportId', '=', reportId)
    .orderBy('reportVersions.id')
    .execute();
}

export async function findEvidenceOfReports(db: Db, reportIds: number[]) {
  if (reportIds.length === 0) return [];
  return db
    .selectFrom('evidenceFiles')
    .select(['id', 'reportId', 'originalName', 'mimeType', 'sizeBytes', 'uploadedAt', 'sha256'])
    .where('reportId', 'in', reportIds)
    .orderBy('id')
    .execute();
}

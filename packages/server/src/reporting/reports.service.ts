import type { Actor } from '../auth/actor.js';
import { scopeOf } from '../auth/actor.js';
import type { Db } from '../db/database.js';
import { resolveDepartmentFilter } from '../items/items.service.js';
import { getCurrentPlan } from '../plan/plans.service.js';
import { notFound } from '../shared/app-error.js';
import { presentEvidence } from './evidence/evidence.presenter.js';
import { presentReport } from './reports.presenter.js';
import type { ReportRow } from './reports.repository.js';
import * as repo from './reports.repository.js';
import type { ReportDetail, ReportListQuery, ReportPage, ReportSummary } from '@plantrack/contract/reporting/reports.contract';

async function presentRows(db: Db, actor: Actor, rows: ReportRow[]): Promise<ReportSummary[]> {
  const evidence = await repo.findEvidenceOfReports(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => presentReport(row, actor, evidence.filter((file) => file.reportId === row.id).map(presentEvidence)));
}

export async function listReports(db: Db, actor: Actor, query: ReportListQuery): Promise<ReportPage> {
  const plan = await getCurrentPlan(db, actor);
  const filter: repo.ReportFilter = {
    planId: plan.id,
    scope: scopeOf(actor),
    itemId: query.item,
    period: query.period,
    before: query.before,
    states: query.state ? [query.state] : undefined,
    departmentId: await resolveDepartmentFilter(db, actor.organisationId, query.department),
  };
  const offset = (query.page - 1) * query.pageSize;
  const [total, rows] = await Promise.all([repo.countReports(db, filter), repo.findReports(db, filter, query.pageSize, offset)]);
  return { reports: await presentRows(db, actor, rows), total, page: query.page, pageSize: query.pageSize };
}

/** The reports of these ids the caller may see, as lists show them, in no particular order. */
export async function listReportsByIds(db: Db, actor: Actor, planId: number, ids: number[]) {
  if (ids.length === 0) return [];
  const rows = await repo.findReports(db, { planId, scope: scopeOf(actor), reportIds: ids }, ids.length, 0);
  return presentRows(db, actor, rows);
}

/** A report the caller may see: its item must be in their scope, or it is "not found". */
export async function getReportRow(db: Db, actor: Actor, id: number): Promise<ReportRow> {
  const plan = await getCurrentPlan(db, actor);
  const [row] = await repo.findReports(db, { planId: plan.id, scope: scopeOf(actor), reportId: id }, 1, 0);
  if (!row) throw notFound('report', id);
  return row;
}

export async function getReport(db: Db, actor: Actor, id: number): Promise<ReportDetail> {
  const row = await getReportRow(db, actor, id);
  const [report] = await presentRows(db, actor, [row]);
  const versions = await repo.findVersionsOfReport(db, id);
  return {
    ...report!,
    versions: versions.map((v) => ({
      version: v.version,
      action: v.action,
      at: v.at,
      actorName: v.actorName,
      snapshot: JSON.parse(v.snapshot) as Record<string, unknown>,
    })),
  };
}

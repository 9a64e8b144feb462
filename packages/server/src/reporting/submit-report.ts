import type { RequestContext } from '../auth/actor.js';
import { requirePolicy } from '../auth/policies.js';
import type { Db } from '../db/database.js';
import { nowIso } from '../shared/clock.js';
import { getReport, getReportRow } from './reports.service.js';
import { transitionReport } from './transition-report.js';

/**
 * The department head submits the report. Submitting twice is harmless: a report already submitted
 * (or approved) is returned as it is, so a double click or a retried request never duplicates it.
 */
export async function submitReport(db: Db, ctx: RequestContext, reportId: number, version: number) {
  await db.transaction().execute(async (trx) => {
    const row = await getReportRow(trx, ctx.actor, reportId);
    requirePolicy(ctx.actor.role === 'dept_manager');
    if (row.state === 'submitted' || row.state === 'approved') return;
    await transitionReport(trx, ctx, row, version, 'submit', { submittedAt: nowIso(), submittedBy: ctx.actor.userId });
  });
  return getReport(db, ctx.actor, reportId);
}

/** The department head takes a submitted report back to correct it before the office reviews it. */
export async function withdrawReport(db: Db, ctx: RequestContext, reportId: number, version: number) {
  await db.transaction().execute(async (trx) => {
    const row = await getReportRow(trx, ctx.actor, reportId);
    requirePolicy(ctx.actor.role === 'dept_manager');
    await transitionReport(trx, ctx, row, version, 'withdraw', { submittedAt: null, submittedBy: null });
  });
  return getReport(db, ctx.actor, reportId);
}

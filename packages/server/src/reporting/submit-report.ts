import type { RequestContext } from '../auth/actor.js';
import { has } from '../auth/capabilities.js';
import { requirePolicy } from '../auth/policies.js';
import type { Db } from '../db/database.js';
import { AppError } from '../shared/app-error.js';
import { nowIso } from '../shared/clock.js';
import { REPORTING } from './reporting.policies.js';
import type { ReportVersionEntry } from '@plantrack/contract/reporting/reports.contract';
import { getReport, getReportRow } from './reports.service.js';
import { transitionReport } from './transition-report.js';

/**
 * One report submitted inside the caller's transaction. A report already submitted (or approved) is
 * left as it is, so a double click or a retried request never duplicates it.
 */
async function submitOne(trx: Db, ctx: RequestContext, reportId: number, version: number) {
  const row = await getReportRow(trx, ctx.actor, reportId);
  requirePolicy(has(ctx.actor, REPORTING.submitReports));
  if (row.state === 'submitted' || row.state === 'approved') return row;
  return { ...row, ...(await transitionReport(trx, ctx, row, version, 'submit', { submittedAt: nowIso(), submittedBy: ctx.actor.userId })) };
}

/** The department head submits the report. */
export async function submitReport(db: Db, ctx: RequestContext, reportId: number, version: number) {
  await db.transaction().execute((trx) => submitOne(trx, ctx, reportId, version));
  return getReport(db, ctx.actor, reportId);
}

/**
 * The department head submits several reports at once, all or none: the head signs off the set as it
 * was shown, so if one of them changed meanwhile (or is not theirs, or its cycle closed) nothing is
 * sent and the error names that report, to reload and submit again. Each report gets the one version
 * and the audit entry a single submission gives it.
 */
export async function submitReportBatch(db: Db, ctx: RequestContext, entries: ReportVersionEntry[]) {
  return db.transaction().execute(async (trx) => {
    const submitted = [];
    for (const { id, version } of entries) {
      try {
        const report = await submitOne(trx, ctx, id, version);
        submitted.push({ id, itemCode: report.itemCode, state: report.state, version: report.version });
      } catch (error) {
        if (error instanceof AppError) throw new AppError(error.code, { ...error.details, reportId: id });
        throw error;
      }
    }
    return submitted;
  });
}

/** The department head takes a submitted report back to correct it before the office reviews it. */
export async function withdrawReport(db: Db, ctx: RequestContext, reportId: number, version: number) {
  await db.transaction().execute(async (trx) => {
    const row = await getReportRow(trx, ctx.actor, reportId);
    requirePolicy(has(ctx.actor, REPORTING.submitReports));
    await transitionReport(trx, ctx, row, version, 'withdraw', { submittedAt: null, submittedBy: null });
  });
  return getReport(db, ctx.actor, reportId);
}

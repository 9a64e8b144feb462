import { nextReportState } from '@plantrack/domain';
import type { ReportAction } from '@plantrack/domain';
import type { RequestContext } from '../auth/actor.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Db } from '../db/database.js';
import type { ProgressReportUpdate, ReportState } from '../db/schema.js';
import { AppError } from '../shared/app-error.js';
import { nowIso } from '../shared/clock.js';
import type { ReportRow } from './reports.repository.js';
import { updateReportIf, insertReportVersion } from './reports.repository.js';

const ALL_STATES: ReportState[] = ['draft', 'submitted', 'returned', 'approved'];

/** A report's own columns, without what its row was read with (its item and cycle). */
function reportFields(report: ReportRow) {
  const {
    itemCode: _itemCode,
    itemTitle: _itemTitle,
    pilotLevel: _pilotLevel,
    leadDepartmentId: _leadDepartmentId,
    leadDepartmentShortName: _leadDepartmentShortName,
    cycleStatus: _cycleStatus,
    cycleDeadline: _cycleDeadline,
    reviewerName: _reviewerName,
    ...fields
  } = report;
  return fields;
}

/**
 * Moves a report along the workflow: checks the cycle is open and the action allowed from its state,
 * updates it only if nobody changed it meanwhile, keeps the new version's snapshot, writes the audit.
 */
export async function transitionReport(
  trx: Db,
  ctx: RequestContext,
  report: ReportRow,
  version: number,
  action: ReportAction,
  changes: ProgressReportUpdate = {},
) {
  if (report.cycleStatus !== 'open') throw new AppError('CYCLE_CLOSED', { period: report.period });
  const next = nextReportState(report.state, action);
  if (next === null) throw new AppError('INVALID_STATE', { state: report.state, action });
  const fromStates = ALL_STATES.filter((state) => nextReportState(state, action) !== null);
  const now = nowIso();
  const updated = await updateReportIf(trx, report.id, version, fromStates, { ...changes, state: next, updatedAt: now });
  if (!updated) throw new AppError('STALE_VERSION', { currentVersion: report.version });
  await insertReportVersion(trx, {
    reportId: report.id,
    version: updated.version,
    action,
    snapshot: JSON.stringify(updated),
    actorId: ctx.actor.userId,
    at: now,
  });
  await recordAudit(trx, ctx, {
    action: `report.${action}`,
    entityType: 'progress_report',
    entityId: report.id,
    // The whole report before: the history then shows what this step changed, and nothing else.
    before: reportFields(report),
    after: updated,
  });
  return updated;
}

import { formatPeriodZh } from '@plantrack/domain';
import { notifyUsersOfDepartment } from '../notifications/notifications.service.js';
import type { RequestContext } from '../auth/actor.js';
import { has } from '../auth/capabilities.js';
import { requirePolicy } from '../auth/policies.js';
import type { Db } from '../db/database.js';
import { getItemPilotStage, insertPilotStageEvent, updateItemIfVersion } from '../items/items.repository.js';
import { AppError } from '../shared/app-error.js';
import { nowIso } from '../shared/clock.js';
import type { ReportRow } from '../reporting/reports.repository.js';
import { getReport, getReportRow } from '../reporting/reports.service.js';
import { transitionReport } from '../reporting/transition-report.js';
import { REVIEW } from '../reporting/reporting.policies.js';
import type { ApproveBody, ReturnBody } from '@plantrack/contract/review/review.contract';

/**
 * The office approves a report: it starts to count. A pilot's reported application stage becomes the
 * item's stage, with its history kept. All in one transaction, so a half-approved report cannot exist.
 */
export async function approveReport(db: Db, ctx: RequestContext, reportId: number, body: ApproveBody) {
  await db.transaction().execute(async (trx) => {
    const row = await getReportRow(trx, ctx.actor, reportId);
    requirePolicy(has(ctx.actor, REVIEW.reviewReports));
    const now = nowIso();
    await transitionReport(trx, ctx, row, body.version, 'approve', {
      reviewedAt: now,
      reviewedBy: ctx.actor.userId,
      reviewComment: body.comment ?? null,
      qualityRating: body.qualityRating ?? null,
      overrideStatus: body.override?.status ?? null,
      overrideReason: body.override?.reason ?? null,
    });
    await movePilotStage(trx, ctx, row, now);
    await tellDepartment(trx, row, {
      kind: 'report.approved',
      title: `“${row.itemTitle}”${formatPeriodZh(row.period)}进展报告已审核通过`,
      body: body.comment ?? null,
    });
  });
  return getReport(db, ctx.actor, reportId);
}

/** The department answerable for the item hears the decision, in the same transaction. */
async function tellDepartment(trx: Db, row: ReportRow, message: { kind: string; title: string; body: string | null }): Promise<void> {
  if (row.leadDepartmentId === null) return;
  await notifyUsersOfDepartment(trx, row.leadDepartmentId, { ...message, link: `/reports/${row.id}` });
}

async function movePilotStage(trx: Db, ctx: RequestContext, row: ReportRow, now: string): Promise<void> {
  if (!row.pilotStage) return;
  const item = await getItemPilotStage(trx, row.itemId);
  if (item.pilotStage === row.pilotStage) return;
  const moved = await updateItemIfVersion(trx, row.itemId, item.version, { pilotStage: row.pilotStage, pilotStageDate: row.pilotStageDate, updatedAt: now });
  // The item changed since it was read (another transaction): 409, the reviewer approves again, nothing is overwritten.
  if (!moved) throw new AppError('STALE_VERSION', { itemId: row.itemId });
  await insertPilotStageEvent(trx, {
    itemId: row.itemId,
    stage: row.pilotStage,
    stageDate: row.pilotStageDate,
    reportId: row.id,
    actorId: ctx.actor.userId,
    at: now,
  });
}

/** The office returns a report with a comment; the department corrects and submits it again. */
export async function returnReport(db: Db, ctx: RequestContext, reportId: number, body: ReturnBody) {
  await db.transaction().execute(async (trx) => {
    const row = await getReportRow(trx, ctx.actor, reportId);
    requirePolicy(has(ctx.actor, REVIEW.reviewReports));
    await transitionReport(trx, ctx, row, body.version, 'return', { reviewedAt: nowIso(), reviewedBy: ctx.actor.userId, reviewComment: body.comment });
    await tellDepartment(trx, row, {
      kind: 'report.returned',
      title: `“${row.itemTitle}”${formatPeriodZh(row.period)}进展报告被退回，请修改后重新报送`,
      body: body.comment,
    });
  });
  return getReport(db, ctx.actor, reportId);
}

import { formatPeriodZh } from '@plantrack/domain';
import { notifyUsersOfDepartment } from '../notifications/notifications.service.js';
import type { RequestContext } from '../auth/actor.js';
import { requirePolicy } from '../auth/policies.js';
import type { Db } from '../db/database.js';
import { nowIso } from '../shared/clock.js';
import type { ReportRow } from '../reporting/reports.repository.js';
import { getReport, getReportRow } from '../reporting/reports.service.js';
import { transitionReport } from '../reporting/transition-report.js';
import type { ApproveBody, ReturnBody } from '@plantrack/contract/review/review.contract';

/**
 * The office approves a report: it starts to count. A pilot's reported application stage becomes the
 * item's stage, with its history kept. All in one transaction, so a half-approved report cannot exist.
 */
export async function approveReport(db: Db, ctx: RequestContext, reportId: number, body: ApproveBody) {
  await db.transaction().execute(async (trx) => {
    const row = await getReportRow(trx, ctx.actor, reportId);
    requirePolicy(ctx.actor.role === 'hq');
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
  const item = await trx.selectFrom('items').select(['pilotStage', 'version']).where('id', '=', row.itemId).executeTakeFirstOrThrow();
  if (item.pilotStage === row.pilotStage) return;
  await trx
    .updateTable('items')
    .set({ pilotStage: row.pilotStage, pilotStageDate: row.pilotStageDate, version: item.version + 1, updatedAt: now })
    .where('id', '=', row.itemId)
    .execute();
  await trx
    .insertInto('pilotStageEvents')
    .values({ itemId: row.itemId, stage: row.pilotStage, stageDate: row.pilotStageDate, reportId: row.id, actorId: ctx.actor.userId, at: now })
    .execute();
}

/** The office returns a report with a comment; the department corrects and submits it again. */
export async function returnReport(db: Db, ctx: RequestContext, reportId: number, body: ReturnBody) {
  await db.transaction().execute(async (trx) => {
    const row = await getReportRow(trx, ctx.actor, reportId);
    requirePolicy(ctx.actor.role === 'hq');
    await transitionReport(trx, ctx, row, body.version, 'return', { reviewedAt: nowIso(), reviewedBy: ctx.actor.userId, reviewComment: body.comment });
    await tellDepartment(trx, row, {
      kind: 'report.returned',
      title: `“${row.itemTitle}”${formatPeriodZh(row.period)}进展报告被退回，请修改后重新报送`,
      body: body.comment,
    });
  });
  return getReport(db, ctx.actor, reportId);
}

import type { RequestContext } from '../auth/actor.js';
import { requirePolicy } from '../auth/policies.js';
import type { Db } from '../db/database.js';
import { nowIso } from '../shared/clock.js';
import type { ReportRow } from '../reporting/reports.repository.js';
import { getReport, getReportRow } from '../reporting/reports.service.js';
import { transitionReport } from '../reporting/transition-report.js';
import type { ApproveBody, ReturnBody } from './review.schema.js';

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
  });
  return getReport(db, ctx.actor, reportId);
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
  });
  return getReport(db, ctx.actor, reportId);
}

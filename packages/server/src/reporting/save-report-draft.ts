import { bpFromPercent } from '@plantrack/domain';
import type { RequestContext } from '../auth/actor.js';
import { has } from '../auth/capabilities.js';
import { requirePolicy } from '../auth/policies.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Db } from '../db/database.js';
import { getItem } from '../items/items.service.js';
import { getCurrentPlan } from '../plan/plans.service.js';
import { AppError } from '../shared/app-error.js';
import { nowIso } from '../shared/clock.js';
import { requireOpenCycle } from './cycles.service.js';
import { REPORTING } from './reporting.policies.js';
import { findReportIdOfItemCycle, insertReport, insertReportVersion } from './reports.repository.js';
import type { ReportDraftBody } from '@plantrack/contract/reporting/reports.contract';
import { getReport, getReportRow } from './reports.service.js';
import { transitionReport } from './transition-report.js';

/**
 * A department drafts (or corrects) its report on an item for a quarter. There is one report per item
 * and cycle: the first save creates it, later saves update it with its version.
 */
export async function saveReportDraft(db: Db, ctx: RequestContext, itemId: number, period: string, body: ReportDraftBody) {
  const reportId = await db.transaction().execute(async (trx) => {
    const item = await getItem(trx, ctx.actor, itemId);
    requirePolicy(has(ctx.actor, REPORTING.writeReports));
    const plan = await getCurrentPlan(trx, ctx.actor);
    const cycle = await requireOpenCycle(trx, plan.id, period);
    const fields = {
      progressState: body.progressState,
      completionBp: body.progressState === 'completed' ? 10_000 : bpFromPercent(body.completionPercent),
      progress: body.progress,
      problems: body.problems,
      nextSteps: body.nextSteps,
      // The application stage only means something for pilots (试点示范).
      pilotStage: item.pilot ? (body.pilotStage ?? null) : null,
      pilotStageDate: item.pilot ? (body.pilotStageDate ?? null) : null,
    };
    const existing = await findReportIdOfItemCycle(trx, itemId, cycle.id);
    if (existing) {
      if (body.version === undefined)
        throw new AppError('STALE_VERSION', { currentVersion: existing.version, reason: 'a report for this item and quarter exists; send its version' });
      const row = await getReportRow(trx, ctx.actor, existing.id);
      await transitionReport(trx, ctx, row, body.version, 'save', fields);
      return existing.id;
    }
    const now = nowIso();
    const created = await insertReport(trx, { itemId, cycleId: cycle.id, period, ...fields, createdBy: ctx.actor.userId, createdAt: now, updatedAt: now });
    await insertReportVersion(trx, {
      reportId: created.id,
      version: created.version,
      action: 'save',
      snapshot: JSON.stringify(created),
      actorId: ctx.actor.userId,
      at: now,
    });
    await recordAudit(trx, ctx, { action: 'report.create', entityType: 'progress_report', entityId: created.id, after: created });
    return created.id;
  });
  return getReport(db, ctx.actor, reportId);
}

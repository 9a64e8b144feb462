import type { Actor } from '../auth/actor.js';
import { scopeOf } from '../auth/actor.js';
import { has } from '../auth/capabilities.js';
import { requirePolicy } from '../auth/policies.js';
import { evaluateRows } from '../schedule/evaluate-items.js';
import type { EvaluationContext } from '../schedule/evaluate-items.js';
import { scheduleContext } from '../schedule/item-schedules.js';
import type { Db } from '../db/database.js';
import { resolveDepartmentFilter } from '../items/items.service.js';
import type { PlanRow } from '../plan/plans.service.js';
import { getCurrentPlan } from '../plan/plans.service.js';
import { listReportsByIds } from '../reporting/reports.service.js';
import { presentQueueEntry } from './review-queue.presenter.js';
import type { QueueFacts } from './review-queue.presenter.js';
import { findOpenCyclePeriods, findSubmittedReportsWithFacts } from './review-queue.repository.js';
import type { SubmittedReportFacts } from './review-queue.repository.js';
import type { QueuePage, ReviewQueueQuery } from '@plantrack/contract/review/review.contract';
import { REVIEW } from '../reporting/reporting.policies.js';

/**
 * The office's review queue: submitted reports of open cycles, oldest submission first, each with the
 * status it would give once approved. The status is computed, never stored, so the whole (lean) queue
 * is evaluated before the status filter and the page are applied; only the page's reports are read in full.
 */
export async function listReviewQueue(db: Db, actor: Actor, query: ReviewQueueQuery): Promise<QueuePage> {
  requirePolicy(has(actor, REVIEW.reviewReports));
  const plan = await getCurrentPlan(db, actor);
  const filter = {
    planId: plan.id,
    scope: scopeOf(actor),
    ledgerKind: query.ledger,
    departmentId: await resolveDepartmentFilter(db, actor.organisationId, query.department),
  };
  const periods = await findOpenCyclePeriods(db, plan.id);
  const evaluated = await Promise.all(
    periods.map(async (period) => {
      const [rows, context] = await Promise.all([
        findSubmittedReportsWithFacts(db, filter, period, query.q || undefined),
        scheduleContext(db, actor, plan, period),
      ]);
      return evaluateAsApproved(rows, period, context);
    }),
  );
  const matching = evaluated
    .flat()
    .filter((facts) => !query.status || facts.result.status === query.status)
    .sort((a, b) => (a.row.currentSubmittedAt ?? '').localeCompare(b.row.currentSubmittedAt ?? '') || a.row.code.localeCompare(b.row.code));
  const offset = (query.page - 1) * query.pageSize;
  const page = matching.slice(offset, offset + query.pageSize);
  return { entries: await presentPage(db, actor, plan, page), total: matching.length, page: query.page, pageSize: query.pageSize };
}

/**
 * Each report judged as if the office approved it now: it becomes the item's latest approved report
 * for its period. The approved report it would follow stays on the row, for "what changed".
 */
function evaluateAsApproved(rows: SubmittedReportFacts[], period: string, context: EvaluationContext): QueueFacts[] {
  const asApproved = rows.map((row) => ({
    ...row,
    approvedId: row.currentId,
    approvedPeriod: period,
    approvedProgressState: row.currentProgressState,
    approvedCompletionBp: row.currentCompletionBp,
    approvedOverrideStatus: null,
    approvedOverrideReason: null,
    approvedYearIsAnnual: 0,
  }));
  return evaluateRows(asApproved, context).map(({ result }, index) => ({ row: rows[index]!, result }));
}

async function presentPage(db: Db, actor: Actor, plan: PlanRow, page: QueueFacts[]) {
  const reports = await listReportsByIds(
    db,
    actor,
    plan.id,
    page.map((facts) => facts.row.currentId!),
  );
  const byId = new Map(reports.map((report) => [report.id, report]));
  return page.flatMap((facts) => {
    const report = byId.get(facts.row.currentId!);
    return report ? [presentQueueEntry(report, facts)] : [];
  });
}

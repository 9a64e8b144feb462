import type { RequestContext } from '../auth/actor.js';
import type { Db } from '../db/database.js';
import { AppError } from '../shared/app-error.js';
import { approveReport, returnReport } from './approve-report.js';
import type { BatchReviewBody, ReviewResult } from '@plantrack/contract/review/review.contract';

/**
 * Reviews several reports at once. Each is its own transaction: one stale or invalid report does not
 * undo the others, and the answer says which succeeded and why each failure failed.
 */
export async function reviewBatch(db: Db, ctx: RequestContext, body: BatchReviewBody): Promise<ReviewResult[]> {
  const results: ReviewResult[] = [];
  for (const { id, version } of body.reports) {
    try {
      const report =
        body.decision === 'approve'
          ? await approveReport(db, ctx, id, { version, comment: body.comment })
          : await returnReport(db, ctx, id, { version, comment: body.comment ?? '' });
      results.push({ id, ok: true as const, state: report.state, version: report.version });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      results.push({ id, ok: false as const, code: error.code });
    }
  }
  return results;
}

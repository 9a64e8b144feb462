/** The office's review (审核): approving and returning reports, one or several, and the review queue. */
import { REPORT_STATES, SCHEDULE_STATUSES } from '@plantrack/domain';
import { z } from 'zod';
import { ERROR_STATUS, type ErrorCode } from '../errors.js';
import { ScheduleOutcome } from '../items/items.contract.js';
import { ReportSummary } from '../reporting/reports.contract.js';
import { LedgerKind, PageQuery, VersionField } from '../shared.contract.js';

export const ApproveBody = z.strictObject({
  version: VersionField,
  comment: z.string().trim().max(2000).optional(),
  /** The office's quality rating of the report (1–5), used in the department score. */
  qualityRating: z.number().int().min(1).max(5).optional(),
  /** For qualitative milestones the reviewer may set the status, always with a reason. */
  override: z.strictObject({ status: z.enum(SCHEDULE_STATUSES), reason: z.string().trim().min(2).max(500) }).optional(),
});
export type ApproveBody = z.infer<typeof ApproveBody>;
export type ApproveInput = z.input<typeof ApproveBody>;

export const ReturnBody = z.strictObject({ version: VersionField, comment: z.string().trim().min(2, '退回须写明原因').max(2000) });
export type ReturnBody = z.infer<typeof ReturnBody>;
export type ReturnInput = z.input<typeof ReturnBody>;

export const BatchReviewBody = z.strictObject({
  decision: z.enum(['approve', 'return']),
  comment: z.string().trim().max(2000).optional(),
  reports: z
    .array(z.strictObject({ id: z.number().int().positive(), version: VersionField }))
    .min(1)
    .max(200),
});
export type BatchReviewBody = z.infer<typeof BatchReviewBody>;
export type BatchReviewInput = z.input<typeof BatchReviewBody>;

/** One report of a batch review: done (its new state and version), or the error code that stopped it. */
export const ReviewResult = z
  .discriminatedUnion('ok', [
    z.object({ id: z.number().int(), ok: z.literal(true), state: z.enum(REPORT_STATES), version: z.number().int() }),
    z.object({ id: z.number().int(), ok: z.literal(false), code: z.enum(Object.keys(ERROR_STATUS) as [ErrorCode, ...ErrorCode[]]) }),
  ])
  .meta({ id: 'ReviewResult' });
export type ReviewResult = z.infer<typeof ReviewResult>;
export const ReviewResults = z.object({ results: z.array(ReviewResult) });
export type ReviewResults = z.infer<typeof ReviewResults>;

/** The office's review queue, narrowed as the reviewer works through it; a page is sized for the screen. */
export const ReviewQueueQuery = z.strictObject({
  department: z.string().max(100).optional(),
  ledger: LedgerKind.optional(),
  /** The schedule status each report would give once approved. */
  status: z.enum(SCHEDULE_STATUSES).optional(),
  /** Item code or title, or the report's progress text. */
  q: z.string().trim().max(100).optional(),
  ...PageQuery,
});
export type ReviewQueueQuery = z.infer<typeof ReviewQueueQuery>;
/** What the web sends: every filter optional, numbers as numbers (the server coerces the query text). */
export type ReviewQueueParams = Partial<ReviewQueueQuery>;

/**
 * One row of the review queue: the report as lists show it, what it would make of the item's status
 * once approved (planned against reported, with the reason) and what changed since the item's last
 * approved report (null when there is none).
 */
export const QueueEntry = z
  .object({
    report: ReportSummary,
    outcome: ScheduleOutcome,
    evidenceCount: z.number().int(),
    sinceApproved: z
      .object({ period: z.string(), periodLabel: z.string(), completionPercent: z.number().nullable(), isProgressChanged: z.boolean() })
      .nullable(),
  })
  .meta({ id: 'QueueEntry' });
export type QueueEntry = z.infer<typeof QueueEntry>;

export const QueuePage = z.object({ entries: z.array(QueueEntry), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
export type QueuePage = z.infer<typeof QueuePage>;

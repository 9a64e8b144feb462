import { z } from 'zod';
import { SCHEDULE_STATUSES } from '@plantrack/domain';
import { VersionField } from '../shared/schemas.js';

export const ApproveBody = z.strictObject({
  version: VersionField,
  comment: z.string().trim().max(2000).optional(),
  /** The office's quality rating of the report (1–5), used in the department score. */
  qualityRating: z.number().int().min(1).max(5).optional(),
  /** For qualitative milestones the reviewer may set the status, always with a reason. */
  override: z.strictObject({ status: z.enum(SCHEDULE_STATUSES), reason: z.string().trim().min(2).max(500) }).optional(),
});
export type ApproveBody = z.infer<typeof ApproveBody>;

export const ReturnBody = z.strictObject({ version: VersionField, comment: z.string().trim().min(2, '退回须写明原因').max(2000) });
export type ReturnBody = z.infer<typeof ReturnBody>;

export const BatchReviewBody = z.strictObject({
  decision: z.enum(['approve', 'return']),
  comment: z.string().trim().max(2000).optional(),
  reports: z
    .array(z.strictObject({ id: z.number().int().positive(), version: VersionField }))
    .min(1)
    .max(200),
});
export type BatchReviewBody = z.infer<typeof BatchReviewBody>;

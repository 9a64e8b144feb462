import { z } from 'zod';
import { PILOT_STAGES } from '../items/items.schema.js';
import { DateText, IdParam, OptionalText, PageQuery, PeriodText, VersionField } from '../shared/schemas.js';

export const PROGRESS_STATES = ['not_started', 'in_progress', 'completed'] as const;

export const ReportDraftParams = IdParam.extend({ period: PeriodText });

/** What a department writes for an item and quarter. `version` when the draft exists already. */
export const ReportDraftBody = z.strictObject({
  progressState: z.enum(PROGRESS_STATES),
  completionPercent: z.number().min(0).max(100).multipleOf(0.01).nullable(),
  progress: OptionalText(5000),
  problems: OptionalText(5000),
  nextSteps: OptionalText(5000),
  pilotStage: z.enum(PILOT_STAGES).nullable().optional(),
  pilotStageDate: DateText.nullable().optional(),
  version: VersionField.optional(),
});
export type ReportDraftBody = z.infer<typeof ReportDraftBody>;

export const ReportVersionBody = z.strictObject({ version: VersionField });

const ReportVersionEntry = z.strictObject({ id: z.number().int().positive(), version: VersionField });
export type ReportVersionEntry = z.infer<typeof ReportVersionEntry>;

/** Several reports to submit at once, each with the version the head saw. */
export const ReportBatchSubmitBody = z.strictObject({
  reports: z
    .array(ReportVersionEntry)
    .min(1)
    .max(200)
    .refine((entries) => new Set(entries.map((entry) => entry.id)).size === entries.length, '同一报告只能出现一次 Each report once'),
});

export const ReportListQuery = z.strictObject({
  period: PeriodText.optional(),
  state: z.enum(['draft', 'submitted', 'returned', 'approved']).optional(),
  department: z.string().max(100).optional(),
  item: z.coerce.number().int().positive().optional(),
  /** Only quarters before this one (the form's "last quarter's approved report"). */
  before: PeriodText.optional(),
  ...PageQuery,
});
export type ReportListQuery = z.infer<typeof ReportListQuery>;

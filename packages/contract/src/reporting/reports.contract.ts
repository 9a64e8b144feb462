/** Progress reports (进展报告): drafting, submitting (one or several), withdrawing, and what a department owes. */
import { REPORT_STATES, SCHEDULE_STATUSES } from '@plantrack/domain';
import { z } from 'zod';
import { PILOT_STAGES, PROGRESS_STATES } from '../enums.js';
import { DateText, IdParam, OptionalText, PageQuery, PeriodText, VersionField } from '../shared.contract.js';
import { Evidence } from './evidence/evidence.contract.js';

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
export type ReportDraftInput = z.input<typeof ReportDraftBody>;

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
export type ReportBatchSubmitInput = z.input<typeof ReportBatchSubmitBody>;

export const ReportListQuery = z.strictObject({
  period: PeriodText.optional(),
  state: z.enum(REPORT_STATES).optional(),
  department: z.string().max(100).optional(),
  item: z.coerce.number().int().positive().optional(),
  /** Only quarters before this one (the form's "last quarter's approved report"). */
  before: PeriodText.optional(),
  ...PageQuery,
});
export type ReportListQuery = z.infer<typeof ReportListQuery>;
/** What the web sends: every filter optional, numbers as numbers (the server coerces the query text). */
export type ReportListParams = Partial<ReportListQuery>;

/** A progress report as lists and the form show it, with what the caller may do with it now. */
export const ReportSummary = z
  .object({
    id: z.number().int(),
    item: z.object({
      id: z.number().int(),
      code: z.string(),
      title: z.string(),
      leadDepartment: z.string().nullable().describe('牵头部门简称'),
      isPilot: z.boolean(),
    }),
    cycleId: z.number().int(),
    period: z.string(),
    periodLabel: z.string(),
    deadline: z.string(),
    state: z.enum(REPORT_STATES),
    stateLabel: z.string(),
    progressState: z.enum(PROGRESS_STATES),
    completionPercent: z.number().nullable().describe('累计完成百分比，至多两位小数'),
    progress: z.string().nullable(),
    problems: z.string().nullable(),
    nextSteps: z.string().nullable(),
    pilotStage: z.enum(PILOT_STAGES).nullable(),
    pilotStageDate: z.string().nullable(),
    submittedAt: z.string().nullable(),
    isLate: z.boolean(),
    reviewedAt: z.string().nullable(),
    reviewComment: z.string().nullable(),
    reviewerName: z.string().nullable(),
    qualityRating: z.number().int().nullable(),
    override: z
      .object({ status: z.enum(SCHEDULE_STATUSES), reason: z.string().nullable() })
      .nullable()
      .describe('审核时认定的序时状态（定性里程碑）'),
    evidence: z.array(Evidence),
    version: z.number().int(),
    updatedAt: z.string(),
    policies: z.object({ canEdit: z.boolean(), canSubmit: z.boolean(), canWithdraw: z.boolean(), canReview: z.boolean() }),
  })
  .meta({ id: 'ReportSummary' });
export type ReportSummary = z.infer<typeof ReportSummary>;

export const ReportVersion = z
  .object({
    version: z.number().int(),
    action: z.string().describe('save | submit | withdraw | approve | return | import'),
    at: z.string(),
    actorName: z.string().nullable(),
    snapshot: z.record(z.string(), z.unknown()).describe('该版本的报告（存储时的字段）'),
  })
  .meta({ id: 'ReportVersion' });
export type ReportVersion = z.infer<typeof ReportVersion>;

export const ReportDetail = ReportSummary.extend({ versions: z.array(ReportVersion) }).meta({ id: 'ReportDetail' });
export type ReportDetail = z.infer<typeof ReportDetail>;

export const ReportPage = z.object({ reports: z.array(ReportSummary), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
export type ReportPage = z.infer<typeof ReportPage>;
export const OneReport = z.object({ report: ReportDetail });
export type OneReport = z.infer<typeof OneReport>;

export const SubmittedReports = z.object({
  reports: z.array(z.object({ id: z.number().int(), itemCode: z.string(), state: z.enum(REPORT_STATES), version: z.number().int() })),
});
export type SubmittedReports = z.infer<typeof SubmittedReports>;

/** One row of "what I owe this quarter": no report yet, a draft, or a returned report. */
export const OwedReport = z
  .object({
    item: z.object({ id: z.number().int(), code: z.string(), title: z.string() }),
    cycleId: z.number().int(),
    period: z.string(),
    periodLabel: z.string(),
    deadline: z.string(),
    isOverdue: z.boolean(),
    daysLeft: z.number().int().describe('距截止日天数；已逾期为负数'),
    report: z.object({ id: z.number().int(), state: z.enum(REPORT_STATES), version: z.number().int(), reviewComment: z.string().nullable() }).nullable(),
  })
  .meta({ id: 'OwedReport' });
export type OwedReport = z.infer<typeof OwedReport>;
export const OwedReports = z.object({ owed: z.array(OwedReport) });
export type OwedReports = z.infer<typeof OwedReports>;

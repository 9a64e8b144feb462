import type { PilotStage } from '@plantrack/contract/enums';
import type { Evidence } from '@plantrack/contract/reporting/evidence/evidence.contract';
import type { ReportSummary } from '@plantrack/contract/reporting/reports.contract';
import { formatPeriodZh, percentFromBp, REPORT_STATE_LABELS_ZH, todayInShanghai } from '@plantrack/domain';
import type { ScheduleStatus } from '@plantrack/domain';
import type { Actor } from '../auth/actor.js';
import { has } from '../auth/capabilities.js';
import { REPORTING, REVIEW } from './reporting.policies.js';
import type { ReportRow } from './reports.repository.js';

/** What the caller may do with this report now; the server checks the same rules again. */
export function reportPolicies(actor: Actor, row: Pick<ReportRow, 'state' | 'cycleStatus'>) {
  const isOpen = row.cycleStatus === 'open';
  const isEditable = row.state === 'draft' || row.state === 'returned';
  return {
    canEdit: isOpen && has(actor, REPORTING.writeReports) && isEditable,
    canSubmit: isOpen && has(actor, REPORTING.submitReports) && isEditable,
    canWithdraw: isOpen && has(actor, REPORTING.submitReports) && row.state === 'submitted',
    canReview: isOpen && has(actor, REVIEW.reviewReports) && row.state === 'submitted',
  };
}

export function presentReport(row: ReportRow, actor: Actor, evidence: Evidence[]): ReportSummary {
  return {
    id: row.id,
    item: { id: row.itemId, code: row.itemCode, title: row.itemTitle, leadDepartment: row.leadDepartmentShortName, isPilot: row.pilotLevel !== null },
    cycleId: row.cycleId,
    period: row.period,
    periodLabel: formatPeriodZh(row.period),
    deadline: row.cycleDeadline,
    state: row.state,
    stateLabel: REPORT_STATE_LABELS_ZH[row.state],
    progressState: row.progressState,
    completionPercent: percentFromBp(row.completionBp),
    progress: row.progress,
    problems: row.problems,
    nextSteps: row.nextSteps,
    // Stage and override status are written only from the API's enumerations (the form, the review).
    pilotStage: row.pilotStage as PilotStage | null,
    pilotStageDate: row.pilotStageDate,
    submittedAt: row.submittedAt,
    isLate: row.submittedAt !== null && todayInShanghai(new Date(row.submittedAt)) > row.cycleDeadline,
    reviewedAt: row.reviewedAt,
    reviewComment: row.reviewComment,
    reviewerName: row.reviewerName,
    qualityRating: row.qualityRating,
    override: row.overrideStatus ? { status: row.overrideStatus as ScheduleStatus, reason: row.overrideReason } : null,
    evidence,
    version: row.version,
    updatedAt: row.updatedAt,
    policies: reportPolicies(actor, row),
  };
}

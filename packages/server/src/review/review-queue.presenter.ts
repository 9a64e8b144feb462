import { formatPeriodZh, percentFromBp } from '@plantrack/domain';
import type { ScheduleStatusResult } from '@plantrack/domain';
import { presentScheduleResult } from '../schedule/item-schedules.js';
import type { ReportSummary } from '@plantrack/contract/reporting/reports.contract';
import type { QueueEntry } from '@plantrack/contract/review/review.contract';
import type { SubmittedReportFacts } from './review-queue.repository.js';

/** A queued report's facts and the status it would give once approved. */
export interface QueueFacts {
  row: SubmittedReportFacts;
  result: ScheduleStatusResult;
}

/**
 * One row of the review queue: the report as lists show it, what it would make of the item's status
 * (planned against reported, with the reason) and what changed since the item's last approved report.
 */
export function presentQueueEntry(report: ReportSummary, { row, result }: QueueFacts): QueueEntry {
  const previousPercent = percentFromBp(row.approvedCompletionBp);
  return {
    report,
    outcome: presentScheduleResult(result),
    evidenceCount: report.evidence.length,
    sinceApproved:
      row.approvedPeriod === null
        ? null
        : {
            period: row.approvedPeriod,
            periodLabel: formatPeriodZh(row.approvedPeriod),
            completionPercent: previousPercent,
            isProgressChanged: Number(row.isProgressChanged) === 1,
          },
  };
}

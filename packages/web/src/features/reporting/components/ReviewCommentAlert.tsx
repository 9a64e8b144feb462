import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/useFormat';
import type { ReportSummary } from '@plantrack/contract/reporting/reports.contract';

export type ReviewedReport = Pick<ReportSummary, 'reviewComment' | 'reviewerName' | 'reviewedAt' | 'state'>;

/**
 * The office's comment on the report, labelled 退回意见 with who returned it and when when it was
 * returned: placed right above the fields it asks to correct, the first thing the department reads.
 */
export function ReviewCommentAlert({ report }: { report: ReviewedReport }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!report.reviewComment) return null;
  const isReturned = report.state === 'returned';
  const by = [report.reviewerName, report.reviewedAt && format.dateTime(report.reviewedAt)].filter(Boolean).join(' · ');
  return (
    <Alert
      className="review-comment"
      type={isReturned ? 'error' : 'info'}
      showIcon
      role={isReturned ? 'alert' : undefined}
      title={isReturned ? t('report.returnedComment') : t('report.reviewComment')}
      description={
        <>
          <div className="preserve-lines">{report.reviewComment}</div>
          <div className="review-comment__by">
            {by}
            {isReturned && ` · ${t('report.returnedTitle')}`}
          </div>
        </>
      }
    />
  );
}

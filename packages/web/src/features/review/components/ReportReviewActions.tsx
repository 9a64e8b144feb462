import { useState } from 'react';
import { Alert, Button, Space, message } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api/api-error';
import { errorText } from '../../../ui/error-text';
import { StaleVersionAlert } from '../../../ui/StaleVersionAlert';
import type { ReportSummary } from '@plantrack/contract/reporting/reports.contract';
import { useApproveReport, useReturnReport } from '../hooks/useReviewMutations';
import { ReviewDecisionModal } from './ReviewDecisionModal';
import type { ReviewDecision, ReviewDecisionValues } from './ReviewDecisionModal';

/** The office's decision on one submitted report: approve (comment, rating) or return (with a comment). */
export function ReportReviewActions({ report, onReload }: { report: ReportSummary; onReload: () => void }) {
  const { t } = useTranslation();
  const [decision, setDecision] = useState<ReviewDecision | null>(null);
  const approve = useApproveReport();
  const giveBack = useReturnReport();
  const [messages, messageHolder] = message.useMessage();
  if (!report.policies.canReview) return null;
  const error = approve.error ?? giveBack.error;
  const isStale = error instanceof ApiError && error.isStaleVersion;

  const handleConfirm = ({ comment, qualityRating }: ReviewDecisionValues) => {
    const text = comment?.trim() || undefined;
    const done = (note: string) => () => {
      setDecision(null);
      void messages.success(note);
    };
    if (decision === 'approve')
      approve.mutate({ id: report.id, version: report.version, comment: text, qualityRating }, { onSuccess: done(t('report.approvedNote')) });
    else giveBack.mutate({ id: report.id, version: report.version, comment: text ?? '' }, { onSuccess: done(t('report.returnedNote')) });
  };

  return (
    <Space orientation="vertical" size={8}>
      {messageHolder}
      {isStale ? (
        <StaleVersionAlert
          message={t('report.stale')}
          onReload={() => {
            approve.reset();
            giveBack.reset();
            onReload();
          }}
        />
      ) : (
        error && <Alert type="error" showIcon role="alert" title={errorText(error, t)} />
      )}
      <Space size={8} wrap>
        <Button type="primary" onClick={() => setDecision('approve')} disabled={isStale}>
          {t('review.approve')}
        </Button>
        <Button danger onClick={() => setDecision('return')} disabled={isStale}>
          {t('review.return')}
        </Button>
      </Space>
      <ReviewDecisionModal
        decision={decision}
        count={1}
        canRate
        isPending={approve.isPending || giveBack.isPending}
        onConfirm={handleConfirm}
        onCancel={() => setDecision(null)}
      />
    </Space>
  );
}

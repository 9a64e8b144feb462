import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';

/** The office's comment on a returned report: the first thing the department reads. */
export function ReviewCommentAlert({ comment, isReturned }: { comment: string | null; isReturned: boolean }) {
  const { t } = useTranslation();
  if (!comment) return null;
  return (
    <Alert
      className="review-comment"
      type={isReturned ? 'error' : 'info'}
      showIcon
      role={isReturned ? 'alert' : undefined}
      title={isReturned ? t('report.returnedTitle') : t('report.reviewComment')}
      description={comment}
    />
  );
}

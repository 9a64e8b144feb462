import { useTranslation } from 'react-i18next';
import { ReviewQueue } from '../features/review/components/ReviewQueue';
import { useReviewQueue } from '../features/review/hooks/useReviewQueue';
import { useDocumentTitle } from '../shared/hooks/useDocumentTitle';
import { ErrorState } from '../ui/ErrorState';
import { PageHeader } from '../ui/PageHeader';
import { SectionCard } from '../ui/SectionCard';

/** 报送审核: the submitted reports of open cycles, to approve or return. */
export function ReviewPage() {
  const { t } = useTranslation();
  const queue = useReviewQueue();
  useDocumentTitle(t('nav.review'));
  return (
    <>
      <PageHeader title={t('nav.review')} description={t('review.description')} />
      {queue.error ? (
        <ErrorState error={queue.error} onRetry={() => void queue.refetch()} />
      ) : (
        <SectionCard id="queue" title={t('review.queueTitle', { count: queue.reports.length })} flush>
          <ReviewQueue reports={queue.reports} isLoading={queue.isPending} />
        </SectionCard>
      )}
    </>
  );
}

import { useTranslation } from 'react-i18next';
import { ReviewQueue } from '../features/review/components/ReviewQueue';
import { ReviewQueueFilters } from '../features/review/components/ReviewQueueFilters';
import { useReviewQueue } from '../features/review/hooks/useReviewQueue';
import { QUEUE_PAGE_SIZE, useReviewQueueView } from '../features/review/hooks/useReviewQueueView';
import { useDocumentTitle } from '../shared/hooks/useDocumentTitle';
import { ErrorState } from '../ui/ErrorState';
import { PageHeader } from '../ui/PageHeader';
import { SectionCard } from '../ui/SectionCard';

/** 报送审核: the submitted reports of open cycles, filtered as the office works through them, to approve or return. */
export function ReviewPage() {
  const { t } = useTranslation();
  const [view, setView] = useReviewQueueView();
  const queue = useReviewQueue({
    department: view.department,
    ledger: view.ledger,
    status: view.status,
    q: view.q,
    page: view.page,
    pageSize: QUEUE_PAGE_SIZE,
  });
  useDocumentTitle(t('nav.review'));
  return (
    <>
      <PageHeader title={t('nav.review')} description={t('review.description')} />
      <ReviewQueueFilters view={view} onChange={setView} />
      {queue.error ? (
        <ErrorState error={queue.error} onRetry={() => void queue.refetch()} />
      ) : (
        <SectionCard id="queue" title={t('review.queueTitle', { count: queue.data?.total ?? 0 })} flush>
          <ReviewQueue
            entries={queue.data?.entries ?? []}
            total={queue.data?.total ?? 0}
            page={view.page}
            pageSize={QUEUE_PAGE_SIZE}
            isLoading={queue.isPending}
            onPageChange={(page) => setView({ page })}
          />
        </SectionCard>
      )}
    </>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSignedInUser } from '../features/auth/hooks/useSignedInUser';
import { BatchSubmitBar } from '../features/reporting/components/BatchSubmitBar';
import { isBatchSubmittable, OwedList } from '../features/reporting/components/OwedList';
import { useOwedReports } from '../features/reporting/hooks/useOwedReports';
import { useDocumentTitle } from '../shared/hooks/useDocumentTitle';
import { ErrorState } from '../ui/ErrorState';
import { PageHeader } from '../ui/PageHeader';
import { PageLoading } from '../ui/PageLoading';
import { SectionCard } from '../ui/SectionCard';

/** 本季度待报: a department's reports still owed in open cycles, returned ones first; the head submits drafts at once. */
export function ReportingPage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const owed = useOwedReports();
  const [selected, setSelected] = useState<number[]>([]);
  useDocumentTitle(t('report.owedTitle'));
  // Only the head submits (PRODUCT.md); staff see the list without the boxes.
  const canBatchSubmit = user.role === 'dept_manager' && (owed.data ?? []).some(isBatchSubmittable);
  return (
    <>
      <PageHeader title={t('report.owedTitle')} description={t(user.role === 'dept_manager' ? 'report.owedDescriptionHead' : 'report.owedDescription')} />
      {owed.isPending ? (
        <PageLoading />
      ) : owed.error ? (
        <ErrorState error={owed.error} onRetry={() => void owed.refetch()} />
      ) : (
        <SectionCard id="owed" title={t('report.owedCount', { count: owed.data.length })} flush>
          {canBatchSubmit && <BatchSubmitBar owed={owed.data} selected={selected} onDone={() => setSelected([])} />}
          <OwedList owed={owed.data} selection={canBatchSubmit ? { selected, onChange: setSelected } : undefined} />
        </SectionCard>
      )}
    </>
  );
}

import { message } from 'antd';
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
  // The page's, not the bar's: the bar goes once no draft is left, and the news must outlive it.
  const [messages, messageHolder] = message.useMessage();
  useDocumentTitle(t('report.owedTitle'));
  // Only the head submits (PRODUCT.md); staff see the list without the boxes.
  const canBatchSubmit = user.role === 'dept_manager' && (owed.data ?? []).some(isBatchSubmittable);
  return (
    <>
      {messageHolder}
      <PageHeader title={t('report.owedTitle')} description={t(user.role === 'dept_manager' ? 'report.owedDescriptionHead' : 'report.owedDescription')} />
      {owed.isPending ? (
        <PageLoading />
      ) : owed.error ? (
        <ErrorState error={owed.error} onRetry={() => void owed.refetch()} />
      ) : (
        <SectionCard id="owed" title={t('report.owedCount', { count: owed.data.length })} flush>
          {canBatchSubmit && (
            <BatchSubmitBar
              owed={owed.data}
              selected={selected}
              onSubmitted={(count) => {
                void messages.success(t('report.batchSubmitted', { count }));
                setSelected([]);
              }}
            />
          )}
          <OwedList owed={owed.data} selection={canBatchSubmit ? { selected, onChange: setSelected } : undefined} />
        </SectionCard>
      )}
    </>
  );
}

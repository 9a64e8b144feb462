import { useTranslation } from 'react-i18next';
import { OwedList } from '../features/reporting/components/OwedList';
import { useOwedReports } from '../features/reporting/hooks/useOwedReports';
import { useDocumentTitle } from '../shared/hooks/useDocumentTitle';
import { ErrorState } from '../ui/ErrorState';
import { PageHeader } from '../ui/PageHeader';
import { PageLoading } from '../ui/PageLoading';
import { SectionCard } from '../ui/SectionCard';

/** 本季度待报: a department's reports still owed in open cycles, returned ones first. */
export function ReportingPage() {
  const { t } = useTranslation();
  const owed = useOwedReports();
  useDocumentTitle(t('report.owedTitle'));
  return (
    <>
      <PageHeader title={t('report.owedTitle')} description={t('report.owedDescription')} />
      {owed.isPending ? (
        <PageLoading />
      ) : owed.error ? (
        <ErrorState error={owed.error} onRetry={() => void owed.refetch()} />
      ) : (
        <SectionCard id="owed" title={t('report.owedCount', { count: owed.data.length })} flush>
          <OwedList owed={owed.data} />
        </SectionCard>
      )}
    </>
  );
}

import { Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { BulletinDownloadButton } from '../features/bulletin/components/BulletinDownloadButton';
import { usePlan } from '../features/plan/hooks/usePlan';
import { CycleProgress } from '../features/reporting/components/CycleProgress';
import { CyclesTable } from '../features/reporting/components/CyclesTable';
import { OpenCycleForm } from '../features/reporting/components/OpenCycleForm';
import { useCycles } from '../features/reporting/hooks/useCycles';
import { useDocumentTitle } from '../shared/hooks/useDocumentTitle';
import { ErrorState } from '../ui/ErrorState';
import { PageHeader } from '../ui/PageHeader';
import { PageLoading } from '../ui/PageLoading';
import { SectionCard } from '../ui/SectionCard';

/**
 * 报送周期: each department's progress in a cycle with 催报; the office opens a quarter with its deadline,
 * closes (locks) it, reopens it with a reason.
 */
export function CyclesPage() {
  const { t } = useTranslation();
  const plan = usePlan();
  const cycles = useCycles();
  useDocumentTitle(t('nav.cycles'));
  return (
    <>
      <PageHeader
        title={t('nav.cycles')}
        description={t('pageIntro.cycles')}
        actions={plan.data && <BulletinDownloadButton startYear={plan.data.startYear} endYear={plan.data.endYear} period={latestClosed(cycles.data)} />}
      />
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <SectionCard id="cycle-progress" title={t('cycleProgress.title')} flush>
          {cycles.isPending ? (
            <PageLoading />
          ) : cycles.error ? (
            <ErrorState error={cycles.error} onRetry={() => void cycles.refetch()} />
          ) : (
            <CycleProgress cycles={cycles.data} />
          )}
        </SectionCard>
        {plan.data && (
          <SectionCard id="open-cycle" title={t('cycles.openTitle')}>
            <OpenCycleForm startYear={plan.data.startYear} endYear={plan.data.endYear} openedPeriods={cycles.data?.map((cycle) => cycle.period)} />
          </SectionCard>
        )}
        <SectionCard id="cycles" title={t('nav.cycles')} flush>
          {cycles.isPending ? (
            <PageLoading />
          ) : cycles.error ? (
            <ErrorState error={cycles.error} onRetry={() => void cycles.refetch()} />
          ) : (
            <CyclesTable cycles={cycles.data} />
          )}
        </SectionCard>
      </Space>
    </>
  );
}

/** The bulletin reports on a finished quarter: the latest closed cycle's, else the latest opened. */
function latestClosed(cycles: readonly { period: string; status: string }[] | undefined): string | undefined {
  const sorted = [...(cycles ?? [])].sort((a, b) => b.period.localeCompare(a.period));
  return (sorted.find((cycle) => cycle.status === 'closed') ?? sorted[0])?.period;
}

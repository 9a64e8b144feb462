import { Col, Row, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useSignedInUser } from '../features/auth/hooks/useSignedInUser';
import { BulletinDownloadButton } from '../features/bulletin/components/BulletinDownloadButton';
import { ChainCompleteness } from '../features/dashboard/components/ChainCompleteness';
import { IndicatorOverview } from '../features/dashboard/components/IndicatorOverview';
import { LedgerOverview } from '../features/dashboard/components/LedgerOverview';
import { PlanAtAGlance } from '../features/dashboard/components/PlanAtAGlance';
import { useDashboardSummary } from '../features/dashboard/hooks/useDashboardSummary';
import { useLedgers } from '../features/ledgers/hooks/useLedgers';
import { usePlan } from '../features/plan/hooks/usePlan';
import { useDocumentTitle } from '../shared/hooks/useDocumentTitle';
import { ErrorState } from '../ui/ErrorState';
import { PageHeader } from '../ui/PageHeader';
import { PageLoading } from '../ui/PageLoading';
import { PeriodSelect } from '../ui/PeriodSelect';
import { SectionCard } from '../ui/SectionCard';

/** The office's and leaders' home: the whole plan at a glance for a chosen quarter. */
export function DashboardPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const asOf = params.get('asOf') ?? undefined;
  const plan = usePlan();
  const summary = useDashboardSummary(asOf);
  const ledgers = useLedgers();
  const user = useSignedInUser();
  // The bulletin is the office's and the leaders' document (the server checks the same).
  const canDownloadBulletin = user.role === 'hq' || user.role === 'leader';
  useDocumentTitle(t('nav.dashboard'));

  return (
    <>
      <PageHeader
        title={t('nav.dashboard')}
        description={plan.data?.title ?? t('dashboard.description')}
        actions={
          plan.data &&
          summary.data && (
            <Space wrap>
              <PeriodSelect
                startYear={plan.data.startYear}
                endYear={plan.data.endYear}
                value={summary.data.asOf}
                onChange={(period) => setParams(period ? { asOf: period } : {})}
                label={t('dashboard.quarter')}
              />
              {canDownloadBulletin && <BulletinDownloadButton startYear={plan.data.startYear} endYear={plan.data.endYear} period={summary.data.asOf} />}
            </Space>
          )
        }
      />
      {summary.isPending ? (
        <PageLoading />
      ) : summary.error ? (
        <ErrorState error={summary.error} onRetry={() => void summary.refetch()} />
      ) : (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <PlanAtAGlance
            summary={summary.data}
            aside={
              <>
                <Col xs={24} lg={12}>
                  <SectionCard id="indicators" title={t('dashboard.indicators')}>
                    <IndicatorOverview overview={summary.data.indicators} />
                  </SectionCard>
                </Col>
                <Col xs={24} lg={12}>
                  <SectionCard id="chain" title={t('dashboard.chain')}>
                    <ChainCompleteness chain={summary.data.chain} />
                  </SectionCard>
                </Col>
              </>
            }
          />
          <Row>
            <Col xs={24}>
              <SectionCard id="ledgers" title={t('dashboard.ledgers')}>
                <LedgerOverview ledgers={ledgers.data} isLoading={ledgers.isPending} />
              </SectionCard>
            </Col>
          </Row>
        </Space>
      )}
    </>
  );
}

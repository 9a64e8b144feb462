import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { PlanAtAGlance } from '../features/dashboard/components/PlanAtAGlance';
import { usePortfolio } from '../features/dashboard/hooks/usePortfolio';
import { usePlan } from '../features/plan/hooks/usePlan';
import { useDocumentTitle } from '../shared/hooks/useDocumentTitle';
import { ErrorState } from '../ui/ErrorState';
import { MessagePanel } from '../ui/MessagePanel';
import { PageHeader } from '../ui/PageHeader';
import { PageLoading } from '../ui/PageLoading';
import { PeriodSelect } from '../ui/PeriodSelect';

/** 我的分管: a leader's own items at a glance, as the office sees the whole plan. */
export function PortfolioPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const asOf = params.get('asOf') ?? undefined;
  const plan = usePlan();
  const portfolio = usePortfolio(asOf);
  useDocumentTitle(t('nav.portfolio'));
  const summary = portfolio.data?.linked ? portfolio.data : null;

  return (
    <>
      <PageHeader
        title={t('nav.portfolio')}
        description={t('portfolio.description')}
        actions={
          plan.data &&
          summary && (
            <PeriodSelect
              startYear={plan.data.startYear}
              endYear={plan.data.endYear}
              value={summary.asOf}
              onChange={(period) => setParams(period ? { asOf: period } : {})}
              label={t('dashboard.quarter')}
            />
          )
        }
      />
      {portfolio.isPending ? (
        <PageLoading />
      ) : portfolio.error ? (
        <ErrorState error={portfolio.error} onRetry={() => void portfolio.refetch()} />
      ) : summary ? (
        <>
          <p role="status">
            {summary.instructions.awaitingRead + summary.instructions.awaitingFeedback > 0
              ? t('portfolio.instructions', { read: summary.instructions.awaitingRead, feedback: summary.instructions.awaitingFeedback })
              : t('portfolio.instructionsNone')}
          </p>
          <PlanAtAGlance summary={summary} />
        </>
      ) : (
        <MessagePanel tone="info" title={t('portfolio.notLinkedTitle')}>
          {t('portfolio.notLinked')}
        </MessagePanel>
      )}
    </>
  );
}

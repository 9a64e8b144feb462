import { Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { useSignedInUser } from '../features/auth/hooks/useSignedInUser';
import { isDepartmentRole } from '../features/auth/roles';
import { parsePeriod } from '@plantrack/domain';
import { basisOfYear } from '../features/items/api/quarterly-plans.api';
import { useItem } from '../features/items/hooks/useItem';
import { useQuarterlyPlans } from '../features/items/hooks/useQuarterlyPlans';
import { PreviousReportNote } from '../features/reporting/components/PreviousReportNote';
import { QuarterPlanNote } from '../features/reporting/components/QuarterPlanNote';
import { EvidenceEditor } from '../features/reporting/components/EvidenceList';
import { ReportForm } from '../features/reporting/components/ReportForm';
import { ReportStateTag } from '../features/reporting/components/ReportStateTag';
import { ReviewCommentAlert } from '../features/reporting/components/ReviewCommentAlert';
import { useReports } from '../features/reporting/hooks/useReports';
import { useFormat } from '../i18n/useFormat';
import { useDocumentTitle } from '../shared/hooks/useDocumentTitle';
import { ErrorState } from '../ui/ErrorState';
import { PageHeader } from '../ui/PageHeader';
import { PageLoading } from '../ui/PageLoading';
import { SectionCard } from '../ui/SectionCard';

/**
 * The report on one item for one quarter: this quarter's plan beside the last approved report, the
 * office's return comment right above the fields, then the form and the evidence.
 */
export function ReportFormPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const user = useSignedInUser();
  const params = useParams();
  const id = Number(params.id);
  const period = params.period ?? '';
  const item = useItem(id);
  const reports = useReports({ item: id, period });
  const plans = useQuarterlyPlans(id);
  const previous = useReports({ item: id, state: 'approved', before: period, pageSize: 1 });
  useDocumentTitle(t('report.formTitle', { period: format.period(period) }));

  if (item.isPending || reports.isPending || previous.isPending) return <PageLoading />;
  if (item.error) return <ErrorState error={item.error} onRetry={() => void item.refetch()} isPage />;
  if (reports.error) return <ErrorState error={reports.error} onRetry={() => void reports.refetch()} isPage />;
  const report = reports.data.reports[0] ?? null;
  const isDepartment = isDepartmentRole(user.role);
  const basis = basisOfYear(plans.data ?? [], parsePeriod(period).year);
  const previousReport = previous.data?.reports[0] ?? null;

  return (
    <>
      <PageHeader
        crumbs={[{ title: t('report.owedTitle'), to: '/reporting' }, { title: item.data.code }]}
        title={t('report.formTitle', { period: format.period(period) })}
        description={
          <>
            <span className="item-code">{item.data.code}</span>
            {item.data.title}
          </>
        }
        tags={
          <Space size={8} wrap>
            <ReportStateTag state={report?.state ?? null} />
            {report && <span className="section-hint">{t('report.deadlineLine', { date: format.date(report.deadline) })}</span>}
          </Space>
        }
      />
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <SectionCard id="report" title={t('report.formSection')}>
          <div className="report-context">
            <QuarterPlanNote plan={plans.data?.find((plan) => plan.period === period) ?? null} basis={basis} />
            <PreviousReportNote
              report={previousReport}
              basis={previousReport ? basisOfYear(plans.data ?? [], parsePeriod(previousReport.period).year) : basis}
            />
          </div>
          {report && <ReviewCommentAlert report={report} />}
          <ReportForm
            itemId={id}
            period={period}
            isPilot={item.data.pilot !== null}
            basis={basis}
            report={report}
            canCreate={isDepartment}
            canSubmitNew={user.role === 'dept_manager'}
            onReload={() => void reports.refetch()}
          />
        </SectionCard>
        <SectionCard id="evidence" title={t('evidence.title')}>
          {report ? (
            <EvidenceEditor reportId={report.id} evidence={report.evidence} canEdit={report.policies.canEdit} />
          ) : (
            <p className="section-hint">{t('evidence.saveFirst')}</p>
          )}
        </SectionCard>
      </Space>
    </>
  );
}

import { Collapse } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/useFormat';
import { ErrorState } from '../../../ui/ErrorState';
import type { ReportSummary } from '@plantrack/contract/reporting/reports.contract';
import { useReport } from '../hooks/useReport';
import { useReports } from '../hooks/useReports';
import { EvidenceLinks } from './EvidenceList';
import { ReportHistory } from './ReportHistory';
import { ReportStateTag } from './ReportStateTag';

function ReportVersions({ id }: { id: number }) {
  const report = useReport(id);
  if (report.error) return <ErrorState error={report.error} onRetry={() => void report.refetch()} />;
  return <ReportHistory versions={report.data?.versions ?? []} />;
}

/** A report's text, the office's comment, its evidence and versions. */
export function ReportBody({ report }: { report: ReportSummary }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="item-report">
      {report.reviewComment && (
        <p className={report.state === 'returned' ? 'item-report__comment item-report__comment--returned' : 'item-report__comment'}>
          <strong>{t('report.reviewComment')}：</strong>
          {report.reviewComment}
        </p>
      )}
      <dl className="item-report__fields">
        <dt>{t('report.completionPercent')}</dt>
        <dd>{format.percent(report.completionPercent)}</dd>
        <dt>{t('report.progress')}</dt>
        <dd>{report.progress ?? t('common.notGiven')}</dd>
        <dt>{t('report.problems')}</dt>
        <dd>{report.problems ?? t('common.notGiven')}</dd>
        <dt>{t('report.nextSteps')}</dt>
        <dd>{report.nextSteps ?? t('common.notGiven')}</dd>
      </dl>
      <h3 className="item-report__heading">{t('evidence.title')}</h3>
      <EvidenceLinks evidence={report.evidence} />
      <h3 className="item-report__heading">{t('report.history')}</h3>
      <ReportVersions id={report.id} />
    </div>
  );
}

/** Every quarter's report on an item, latest first: state, review comment, evidence and versions. */
export function ItemReports({ itemId }: { itemId: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const reports = useReports({ item: itemId, pageSize: 50 });
  if (reports.error) return <ErrorState error={reports.error} onRetry={() => void reports.refetch()} />;
  const rows = [...(reports.data?.reports ?? [])].sort((a, b) => b.period.localeCompare(a.period));
  if (rows.length === 0) return <p className="ledger-cell__empty">{reports.isPending ? t('common.loading') : t('report.noneForItem')}</p>;
  return (
    <Collapse
      defaultActiveKey={rows[0] ? [String(rows[0].id)] : []}
      items={rows.map((report) => ({
        key: String(report.id),
        label: (
          <span className="item-report__label">
            {format.period(report.period)} <ReportStateTag state={report.state} />
          </span>
        ),
        children: <ReportBody report={report} />,
      }))}
    />
  );
}

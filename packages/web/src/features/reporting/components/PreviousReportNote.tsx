import type { MilestoneBasis } from '@plantrack/domain';
import { parsePeriod } from '@plantrack/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useFormat } from '../../../i18n/useFormat';
import type { ReportSummary } from '@plantrack/contract/reporting/reports.contract';

export interface PreviousReportNoteProps {
  /** The item's latest approved report of an earlier quarter, if any. */
  report: ReportSummary | null;
  /** The basis of that report's year: its % is read on it. */
  basis: MilestoneBasis;
}

/** Where the item stood: the last approved report (quarter, %, progress), compact, beside this quarter's plan. */
export function PreviousReportNote({ report, basis }: PreviousReportNoteProps) {
  const { t } = useTranslation();
  const format = useFormat();
  if (report === null) {
    return (
      <section className="report-context__card" aria-label={t('report.previousApproved')}>
        <h3 className="report-context__title">{t('report.previousApproved')}</h3>
        <p className="section-hint">{t('report.noPreviousApproved')}</p>
      </section>
    );
  }
  const percent =
    report.progressState === 'completed'
      ? t('progressStates.completed')
      : t(basis === 'annual' ? 'report.previousPercentAnnual' : 'report.previousPercent', {
          percent: format.percent(report.completionPercent),
          year: parsePeriod(report.period).year,
        });
  return (
    <section className="report-context__card" aria-label={t('report.previousApproved')}>
      <h3 className="report-context__title">
        {t('report.previousApproved')}
        <span className="report-context__period">{format.period(report.period)}</span>
      </h3>
      <p className="report-context__figure">{percent}</p>
      {report.progress && <p className="report-context__text preserve-lines">{report.progress}</p>}
      <Link to={`/reports/${report.id}`} className="report-context__more">
        {t('report.previousOpen')}
      </Link>
    </section>
  );
}

import { INDICATOR_STATUSES } from '@plantrack/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { IndicatorStatusTag } from '../../indicators/components/IndicatorStatusTag';
import type { IndicatorOverview as Overview } from '@plantrack/contract/dashboard/dashboard.contract';

/** Indicators by assessment, worst first, and the ones at risk by name — as the summary counted them. */
export function IndicatorOverview({ overview }: { overview: Overview }) {
  const { t } = useTranslation();
  return (
    <div className="indicator-overview">
      <ul className="status-counts">
        {INDICATOR_STATUSES.filter((status) => overview.counts[status] > 0).map((status) => (
          <li key={status}>
            <IndicatorStatusTag status={status} />
            <strong className="status-counts__number">{overview.counts[status]}</strong>
          </li>
        ))}
      </ul>
      {overview.atRisk.length > 0 ? (
        <ol className="risk-list" aria-label={t('dashboard.indicatorsAtRisk')}>
          {overview.atRisk.map(({ id, name, status }) => (
            <li key={id}>
              <Link to={`/indicators/${id}`}>{name}</Link>
              <IndicatorStatusTag status={status} />
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">{t('dashboard.noIndicatorsAtRisk')}</p>
      )}
      <Link to="/indicators" className="see-all">
        {t('dashboard.allIndicators', { count: overview.total })}
      </Link>
    </div>
  );
}

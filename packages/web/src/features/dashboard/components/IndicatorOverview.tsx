import { useMemo } from 'react';
import { INDICATOR_STATUSES, INDICATOR_STATUS_SEVERITY } from '@plantrack/domain';
import type { IndicatorStatus } from '@plantrack/domain';
import { Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { IndicatorStatusTag } from '../../indicators/components/IndicatorStatusTag';
import { useIndicators } from '../../indicators/hooks/useIndicators';
import { analyseIndicator } from '../../indicators/model/assess-indicator';
import { useRules } from '../../settings/hooks/useRules';

const AT_RISK: IndicatorStatus[] = ['deteriorating', 'limited', 'acceleration_needed'];

/** Indicators by assessment, worst first, and the ones at risk by name. */
export function IndicatorOverview() {
  const { t } = useTranslation();
  const { data, isPending } = useIndicators({ pageSize: 200 });
  const thresholds = useRules().data?.indicator;

  const assessed = useMemo(
    () =>
      (data?.indicators ?? []).map((indicator) => ({
        indicator,
        status: analyseIndicator(indicator, thresholds).primary?.progress.status ?? ('insufficient_data' as const),
      })),
    [data, thresholds],
  );
  if (isPending) return <Skeleton active paragraph={{ rows: 3 }} />;

  const counts = new Map<IndicatorStatus, number>();
  for (const { status } of assessed) counts.set(status, (counts.get(status) ?? 0) + 1);
  const atRisk = assessed
    .filter(({ status }) => AT_RISK.includes(status))
    .sort((a, b) => INDICATOR_STATUS_SEVERITY[b.status] - INDICATOR_STATUS_SEVERITY[a.status])
    .slice(0, 6);

  return (
    <div className="indicator-overview">
      <ul className="status-counts">
        {INDICATOR_STATUSES.filter((status) => counts.has(status)).map((status) => (
          <li key={status}>
            <IndicatorStatusTag status={status} />
            <strong className="status-counts__number">{counts.get(status)}</strong>
          </li>
        ))}
      </ul>
      {atRisk.length > 0 ? (
        <ol className="risk-list" aria-label={t('dashboard.indicatorsAtRisk')}>
          {atRisk.map(({ indicator, status }) => (
            <li key={indicator.id}>
              <Link to={`/indicators/${indicator.id}`}>{indicator.name}</Link>
              <IndicatorStatusTag status={status} />
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">{t('dashboard.noIndicatorsAtRisk')}</p>
      )}
      <Link to="/indicators" className="see-all">
        {t('dashboard.allIndicators', { count: data?.total ?? 0 })}
      </Link>
    </div>
  );
}

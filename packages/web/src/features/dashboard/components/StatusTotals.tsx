import { SCHEDULE_STATUS_COLOURS, SCHEDULE_STATUSES } from '@plantrack/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useFormat } from '../../../i18n/useFormat';
import type { StatusCounts } from '@plantrack/contract/dashboard/dashboard.contract';
import { itemsLink } from './items-link';

/** How many items are in each schedule status this quarter; every number lists the items behind it. */
export function StatusTotals({ totals, asOf, filter = {} }: { totals: StatusCounts; asOf: string; filter?: Record<string, string> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const share = (count: number) => (totals.total ? Math.round((count / totals.total) * 100) : 0);
  return (
    <ul className="status-totals" aria-label={t('dashboard.statusTotals', { period: format.period(asOf) })}>
      <li className="status-totals__card status-totals__card--all">
        <span className="status-totals__label">{t('dashboard.allItems')}</span>
        <Link className="status-totals__count" to={itemsLink(filter, undefined, asOf)}>
          {totals.total}
        </Link>
        <span className="status-totals__share">{format.period(asOf)}</span>
      </li>
      {SCHEDULE_STATUSES.map((status) => (
        <li key={status} className={`status-totals__card status-totals__card--${SCHEDULE_STATUS_COLOURS[status]}`}>
          <span className="status-totals__label">{format.scheduleStatus(status)}</span>
          {totals[status] > 0 ? (
            <Link
              className="status-totals__count"
              to={itemsLink(filter, status, asOf)}
              aria-label={t('dashboard.countLink', { count: totals[status], status: format.scheduleStatus(status) })}
            >
              {totals[status]}
            </Link>
          ) : (
            <span className="status-totals__count status-totals__count--zero">0</span>
          )}
          <span className="status-totals__share">{t('dashboard.share', { percent: share(totals[status]) })}</span>
        </li>
      ))}
    </ul>
  );
}

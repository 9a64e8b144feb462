import { SCHEDULE_STATUS_COLOURS, SCHEDULE_STATUSES } from '@plantrack/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useFormat } from '../../../i18n/useFormat';
import { itemsLink } from '../../dashboard/components/items-link';
import type { StatusCounts } from '@plantrack/contract/dashboard/dashboard.contract';

export interface StatusCountChipsProps {
  counts: StatusCounts;
  /** The ledger filter that lists the same items (e.g. `{ area: '3' }`). */
  filter: Record<string, string>;
  period: string;
  label: string;
}

/** How many items are in each status that quarter, as small coloured chips; each lists its items. */
export function StatusCountChips({ counts, filter, period, label }: StatusCountChipsProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const present = SCHEDULE_STATUSES.filter((status) => counts[status] > 0);
  if (present.length === 0) return <p className="roadmap__muted">{t('roadmap.noItems')}</p>;
  return (
    <ul className="roadmap-chips" aria-label={label}>
      {present.map((status) => (
        <li key={status}>
          <Link
            className={`roadmap-chip roadmap-chip--${SCHEDULE_STATUS_COLOURS[status]}`}
            to={itemsLink(filter, status, period)}
            aria-label={t('roadmap.countLink', { status: format.scheduleStatus(status), count: counts[status] })}
          >
            <span className="roadmap-chip__dot" aria-hidden="true" />
            {format.scheduleStatus(status)}
            <strong>{counts[status]}</strong>
          </Link>
        </li>
      ))}
    </ul>
  );
}

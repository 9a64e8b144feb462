import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PercentRing } from '../../../ui/PercentRing';
import type { ChainCounts } from '@plantrack/contract/dashboard/dashboard.contract';

/** How many items have a complete responsibility chain; the gap count opens the items behind it. */
export function ChainCompleteness({ chain }: { chain: ChainCounts }) {
  const { t } = useTranslation();
  const { total, incomplete: gaps } = chain;
  const complete = total - gaps;
  const percent = total ? Math.round((complete / total) * 100) : 0;
  return (
    <div className="chain-completeness">
      <PercentRing percent={percent} label={t('dashboard.chainPercent', { percent })} />
      <dl className="chain-completeness__figures">
        <div>
          <dt>{t('dashboard.itemsTotal')}</dt>
          <dd>
            <Link to="/ledgers">{total}</Link>
          </dd>
        </div>
        <div>
          <dt>{t('dashboard.chainComplete')}</dt>
          <dd>{complete}</dd>
        </div>
        <div>
          <dt>{t('chain.incomplete')}</dt>
          <dd>
            <Link to="/ledgers?chain=incomplete" className="text-danger">
              {gaps}
            </Link>
          </dd>
        </div>
      </dl>
    </div>
  );
}

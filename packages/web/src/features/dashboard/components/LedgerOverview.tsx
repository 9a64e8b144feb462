import { Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Ledger } from '@plantrack/contract/ledgers/ledgers.contract';

/** The five ledgers at a glance: items entered against the number the plan sets; each opens its ledger. */
export function LedgerOverview({ ledgers, isLoading }: { ledgers: Ledger[] | undefined; isLoading: boolean }) {
  const { t } = useTranslation();
  if (isLoading) return <Skeleton active paragraph={{ rows: 3 }} />;
  return (
    <ul className="ledger-overview">
      {(ledgers ?? []).map((ledger) => {
        const planned = ledger.plannedCount ?? null;
        const share = planned ? Math.min(100, Math.round((ledger.itemCount / planned) * 100)) : null;
        return (
          <li key={ledger.kind}>
            <Link className="ledger-overview__card" to={ledger.kind === 'master' ? '/ledgers' : `/ledgers?ledger=${ledger.kind}`}>
              <span className="ledger-overview__name">{t(`ledgerKinds.${ledger.kind}.short`)}</span>
              <span className="ledger-overview__count">
                <strong>{ledger.itemCount}</strong>
                {planned !== null && <span className="ledger-overview__planned">/ {planned}</span>}
              </span>
              <span className="ledger-overview__caption">
                {planned !== null ? t('dashboard.ledgerCaption', { planned }) : t('dashboard.ledgerCaptionNoPlan')}
              </span>
              {share !== null && (
                <span className="ledger-overview__bar" aria-hidden="true">
                  <span style={{ width: `${share}%` }} />
                </span>
              )}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

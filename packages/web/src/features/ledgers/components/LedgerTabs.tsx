import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Ledger } from '@plantrack/contract/ledgers/ledgers.contract';
import { LEDGER_CHOICES } from '../hooks/useLedgerView';
import type { LedgerChoice } from '../hooks/useLedgerView';

export const LEDGER_PANEL_ID = 'ledger-panel';

export interface LedgerTabsProps {
  ledgers: Ledger[] | undefined;
  active: LedgerChoice;
  onChange: (ledger: LedgerChoice) => void;
}

/**
 * The five ledgers as tabs, each with the number of items the user can see in it. They wrap on a
 * phone instead of hiding behind a "more" menu, and follow the ARIA tabs pattern (arrow keys move).
 */
export function LedgerTabs({ ledgers, active, onChange }: LedgerTabsProps) {
  const { t } = useTranslation();
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const countOf = (kind: LedgerChoice) => ledgers?.find((ledger) => ledger.kind === kind)?.itemCount;

  const handleKeyDown = (event: React.KeyboardEvent, index: number) => {
    const last = LEDGER_CHOICES.length - 1;
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: last }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const target = (next + LEDGER_CHOICES.length) % LEDGER_CHOICES.length;
    tabs.current[target]?.focus();
    onChange(LEDGER_CHOICES[target]!);
  };

  return (
    <div className="ledger-tabs" role="tablist" aria-label={t('ledgers.tabs')}>
      {LEDGER_CHOICES.map((kind, index) => {
        const count = countOf(kind);
        const isActive = kind === active;
        return (
          <button
            key={kind}
            ref={(element) => {
              tabs.current[index] = element;
            }}
            type="button"
            role="tab"
            id={`ledger-tab-${kind}`}
            aria-selected={isActive}
            aria-controls={LEDGER_PANEL_ID}
            tabIndex={isActive ? 0 : -1}
            className={isActive ? 'ledger-tabs__tab ledger-tabs__tab--active' : 'ledger-tabs__tab'}
            onClick={() => onChange(kind)}
            onKeyDown={(event) => handleKeyDown(event, index)}
          >
            {t(`ledgerKinds.${kind}.short`)}
            {count !== undefined && <span className="ledger-tabs__count">{count}</span>}
          </button>
        );
      })}
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { isDepartmentRole } from '../features/auth/roles';
import { useSignedInUser } from '../features/auth/hooks/useSignedInUser';
import { IndicatorLedger } from '../features/ledgers/components/IndicatorLedger';
import { ItemLedger } from '../features/ledgers/components/ItemLedger';
import { LEDGER_PANEL_ID, LedgerTabs } from '../features/ledgers/components/LedgerTabs';
import { useLedgers } from '../features/ledgers/hooks/useLedgers';
import { useLedgerView } from '../features/ledgers/hooks/useLedgerView';
import { useLanguage } from '../i18n/useLanguage';
import { useDocumentTitle } from '../shared/hooks/useDocumentTitle';
import { PageHeader } from '../ui/PageHeader';

/** 工作台账 (or 我的事项 for a department): the five ledgers as Excel-like tables. */
export function LedgersPage() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const user = useSignedInUser();
  const isDepartmentUser = isDepartmentRole(user.role);
  const [view, update] = useLedgerView();
  const ledgers = useLedgers();
  const current = ledgers.data?.find((ledger) => ledger.kind === view.ledger);
  const title = isDepartmentUser ? t('nav.myItems') : t('nav.ledgers');
  useDocumentTitle(`${title} · ${t(`ledgerKinds.${view.ledger}.short`)}`);

  const ledgerName = language === 'zh-CN' && current ? current.name : t(`ledgerKinds.${view.ledger}.full`);
  const description = isDepartmentUser && user.department ? t('ledgers.departmentScope', { department: user.department.shortName }) : ledgerName;

  return (
    <>
      <PageHeader title={title} description={description} />
      <div className="panel ledger-card">
        <LedgerTabs ledgers={ledgers.data} active={view.ledger} onChange={(ledger) => update({ ledger })} />
        <div id={LEDGER_PANEL_ID} role="tabpanel" aria-labelledby={`ledger-tab-${view.ledger}`}>
          {isDepartmentUser && <p className="ledger-card__name">{ledgerName}</p>}
          {view.ledger === 'key_indicators' ? (
            <IndicatorLedger view={view} onChange={update} isDepartmentUser={isDepartmentUser} />
          ) : (
            <ItemLedger view={view} onChange={update} isDepartmentUser={isDepartmentUser} />
          )}
        </div>
      </div>
    </>
  );
}

import { useTranslation } from 'react-i18next';
import { isDepartmentRole } from '../features/auth/roles';
import { useSignedInUser } from '../features/auth/hooks/useSignedInUser';
import { IndicatorLedger } from '../features/ledgers/components/IndicatorLedger';
import { useLedgerView } from '../features/ledgers/hooks/useLedgerView';
import { useDocumentTitle } from '../shared/hooks/useDocumentTitle';
import { PageHeader } from '../ui/PageHeader';

/** 重点指标: every key indicator against its targets, with its assessment. */
export function IndicatorsPage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const [view, update] = useLedgerView();
  useDocumentTitle(t('nav.indicators'));
  return (
    <>
      <PageHeader title={t('nav.indicators')} description={t('indicators.description')} />
      <div className="panel ledger-card">
        <IndicatorLedger view={view} onChange={update} isDepartmentUser={isDepartmentRole(user.role)} />
      </div>
    </>
  );
}

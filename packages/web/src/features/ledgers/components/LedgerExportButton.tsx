import { DownloadOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { ledgerExportUrl } from '../api/ledger-export.api';
import type { LedgerView } from '../hooks/useLedgerView';

/** Downloads the current view as an Excel ledger (the search words and the gap filter are not part of it). */
export function LedgerExportButton({ view, isDepartmentUser }: { view: LedgerView; isDepartmentUser: boolean }) {
  const { t } = useTranslation();
  // The Excel layout is per ledger: "all items" has none.
  if (view.ledger === 'all') return null;
  const href = ledgerExportUrl({
    ledger: view.ledger,
    area: view.area,
    department: isDepartmentUser ? undefined : view.department,
    leader: view.leader,
    status: view.status,
    asOf: view.asOf,
    format: 'xlsx',
  });
  const isPartial = Boolean(view.q || view.isChainIncompleteOnly);
  return (
    <Tooltip title={isPartial ? t('ledgers.exportHintPartial') : t('ledgers.exportHint')}>
      <Button icon={<DownloadOutlined aria-hidden="true" />} href={href} download>
        {t('ledgers.export')}
      </Button>
    </Tooltip>
  );
}

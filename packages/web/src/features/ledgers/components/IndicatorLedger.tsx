import { useCallback, useState } from 'react';
import { PlusOutlined } from '@ant-design/icons';
import { Button, message, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../ui/ErrorState';
import { useSignedInUser } from '../../auth/hooks/useSignedInUser';
import type { Indicator } from '@plantrack/contract/indicators/indicators.contract';
import { IndicatorFormDrawer } from '../../indicators/components/IndicatorFormDrawer';
import { IndicatorRowActions } from '../../indicators/components/IndicatorRowActions';
import { IndicatorTable } from '../../indicators/components/IndicatorTable';
import { useIndicators } from '../../indicators/hooks/useIndicators';
import type { LedgerView } from '../hooks/useLedgerView';
import { LedgerExportButton } from './LedgerExportButton';
import { LedgerFilters } from './LedgerFilters';

export interface IndicatorLedgerProps {
  view: LedgerView;
  onChange: (change: Partial<LedgerView>) => void;
  isDepartmentUser: boolean;
}

/** The form's state: closed, a new indicator, or one being edited. */
type Editing = { indicator: Indicator | null } | null;

/**
 * 重点指标工作台账: the key indicators with their targets, filtered like the other ledgers (GET /api/indicators).
 * The office adds, edits and retires indicators here; retired ones are hidden unless it asks to see them.
 */
export function IndicatorLedger({ view, onChange, isDepartmentUser }: IndicatorLedgerProps) {
  const { t } = useTranslation();
  const canManage = useSignedInUser().role === 'hq';
  const [isShowingRetired, setShowingRetired] = useState(false);
  const [editing, setEditing] = useState<Editing>(null);
  const [messages, messageHolder] = message.useMessage();
  const query = useIndicators({
    area: view.area,
    department: isDepartmentUser ? undefined : view.department,
    q: view.q,
    retired: isShowingRetired ? 'include' : undefined,
    page: view.page,
    pageSize: view.pageSize,
  });
  const renderActions = useCallback(
    (indicator: Indicator) => (
      <IndicatorRowActions
        indicator={indicator}
        onEdit={(chosen) => setEditing({ indicator: chosen })}
        onNotice={({ type, text }) => void messages.open({ type, content: text })}
      />
    ),
    [messages],
  );
  const tools = (
    <>
      <LedgerExportButton view={{ ...view, ledger: 'key_indicators' }} isDepartmentUser={isDepartmentUser} />
      {canManage && (
        <>
          <label className="indicator-tools__toggle">
            <Switch size="small" checked={isShowingRetired} onChange={setShowingRetired} /> {t('indicatorAdmin.showRetired')}
          </label>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ indicator: null })}>
            {t('indicatorAdmin.create')}
          </Button>
        </>
      )}
    </>
  );
  return (
    <div className="ledger">
      {messageHolder}
      <LedgerFilters
        view={view}
        onChange={onChange}
        canFilterDepartment={!isDepartmentUser}
        canFilterLeader={false}
        canFilterChain={false}
        canChooseTextMode={false}
        tools={tools}
      />
      {query.error ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <IndicatorTable
          indicators={query.data?.indicators ?? []}
          total={query.data?.total ?? 0}
          page={view.page}
          pageSize={view.pageSize}
          isLoading={query.isFetching}
          onPageChange={(page, pageSize) => onChange({ page, pageSize })}
          renderActions={canManage ? renderActions : undefined}
        />
      )}
      {canManage && (
        <IndicatorFormDrawer
          indicator={editing?.indicator ?? null}
          isOpen={editing !== null}
          onClose={() => setEditing(null)}
          onSaved={(text) => void messages.success(text)}
        />
      )}
    </div>
  );
}

import { ErrorState } from '../../../ui/ErrorState';
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

/** 重点指标工作台账: the key indicators with their targets, filtered like the other ledgers (GET /api/indicators). */
export function IndicatorLedger({ view, onChange, isDepartmentUser }: IndicatorLedgerProps) {
  const query = useIndicators({
    area: view.area,
    department: isDepartmentUser ? undefined : view.department,
    q: view.q,
    page: view.page,
    pageSize: view.pageSize,
  });
  return (
    <div className="ledger">
      <LedgerFilters
        view={view}
        onChange={onChange}
        canFilterDepartment={!isDepartmentUser}
        canFilterLeader={false}
        canFilterChain={false}
        canChooseTextMode={false}
        tools={<LedgerExportButton view={{ ...view, ledger: 'key_indicators' }} isDepartmentUser={isDepartmentUser} />}
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
        />
      )}
    </div>
  );
}

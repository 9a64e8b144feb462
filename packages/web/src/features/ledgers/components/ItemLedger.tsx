import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/useFormat';
import { ColumnChooser } from '../../../ui/ColumnChooser';
import { ErrorState } from '../../../ui/ErrorState';
import { useItems } from '../../items/hooks/useItems';
import type { LedgerView } from '../hooks/useLedgerView';
import { useVisibleColumns } from '../hooks/useVisibleColumns';
import { ledgerColumns } from './ledger-columns';
import { HandoutExportButton } from './HandoutExportButton';
import { LedgerExportButton } from './LedgerExportButton';
import { LedgerFilters } from './LedgerFilters';
import { LedgerItemsTable } from './LedgerItemsTable';
import { itemFiltersOf } from '../hooks/item-filters-of';

export interface ItemLedgerProps {
  view: LedgerView;
  onChange: (change: Partial<LedgerView>) => void;
  isDepartmentUser: boolean;
}

/** One ledger of tasks: filters, column choice and the table, fed page by page by GET /api/items. */
export function ItemLedger({ view, onChange, isDepartmentUser }: ItemLedgerProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const columns = ledgerColumns(view.ledger, t, format);
  const [visible, setVisible, resetVisible] = useVisibleColumns(
    `ledger.${view.ledger}`,
    columns.filter((column) => column.isDefault).map((column) => column.key),
  );
  const query = useItems({
    ...itemFiltersOf(view, isDepartmentUser),
    asOf: view.asOf,
    page: view.page,
    pageSize: view.pageSize,
  });

  return (
    <div className="ledger">
      <LedgerFilters
        view={view}
        onChange={onChange}
        canFilterDepartment={!isDepartmentUser}
        canFilterLeader
        canFilterChain
        canFilterStatus
        tools={
          <>
            <ColumnChooser columns={columns} visible={visible} onChange={setVisible} onReset={resetVisible} />
            <LedgerExportButton view={view} isDepartmentUser={isDepartmentUser} />
            <HandoutExportButton view={view} isDepartmentUser={isDepartmentUser} />
          </>
        }
      />
      {query.error ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <LedgerItemsTable
          ledger={view.ledger}
          items={query.data?.items ?? []}
          total={query.data?.total ?? 0}
          page={view.page}
          pageSize={view.pageSize}
          isLoading={query.isFetching}
          visibleColumns={visible}
          textMode={view.textMode}
          showAreaRows={!view.q}
          onPageChange={(page, pageSize) => onChange({ page, pageSize })}
        />
      )}
    </div>
  );
}

import { useMemo } from 'react';
import { Grid } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { HEADER_HEIGHT } from '../../../app/theme';
import { useFormat } from '../../../i18n/useFormat';
import type { Item } from '@plantrack/contract/items/items.contract';
import type { LedgerChoice, TextMode } from '../hooks/useLedgerView';
import { PAGE_SIZES } from '../hooks/useLedgerView';
import { ledgerColumns } from './ledger-columns';
import { DataTable } from '../../../ui/DataTable';

interface AreaRow {
  kind: 'area';
  key: string;
  label: string;
}
interface ItemRow {
  kind: 'item';
  key: string;
  item: Item;
  index: number;
}
type Row = AreaRow | ItemRow;

/** Area heading rows (一、二、…) between the tasks, as the Excel ledgers lay them out. */
function withAreaRows(items: Item[], firstIndex: number): Row[] {
  const rows: Row[] = [];
  let currentArea: string | null = null;
  items.forEach((item, position) => {
    const areaKey = item.area?.code ?? '';
    if (item.area && areaKey !== currentArea) {
      rows.push({ kind: 'area', key: `area-${areaKey}-${position}`, label: `${item.area.numeral ?? item.area.code}、${item.area.title}` });
    }
    currentArea = areaKey;
    rows.push({ kind: 'item', key: `item-${item.id}`, item, index: firstIndex + position });
  });
  return rows;
}

export interface LedgerItemsTableProps {
  ledger: LedgerChoice;
  items: Item[];
  total: number;
  page: number;
  pageSize: number;
  isLoading: boolean;
  visibleColumns: string[];
  textMode: TextMode;
  /** Area rows only make sense when the rows are in plan order. */
  showAreaRows: boolean;
  onPageChange: (page: number, pageSize: number) => void;
}

/** A ledger as a table: numbered rows, the ledger's columns, sticky header, server-side pages. */
export function LedgerItemsTable(props: LedgerItemsTableProps) {
  const { ledger, items, total, page, pageSize, isLoading, visibleColumns, textMode, showAreaRows, onPageChange } = props;
  const { t } = useTranslation();
  const format = useFormat();
  const screens = Grid.useBreakpoint();
  const canFreeze = screens.md ?? true;

  const rows = useMemo(
    () =>
      showAreaRows
        ? withAreaRows(items, (page - 1) * pageSize + 1)
        : items.map((item, i) => ({ kind: 'item' as const, key: `item-${item.id}`, item, index: (page - 1) * pageSize + i + 1 })),
    [items, page, pageSize, showAreaRows],
  );

  const columns = useMemo<TableColumnsType<Row>>(() => {
    const chosen = ledgerColumns(ledger, t, format).filter((column) => column.isFixed || visibleColumns.includes(column.key));
    const span = chosen.length + 2;
    const areaCell = (row: Row, isFirst: boolean) => (row.kind === 'area' ? { colSpan: isFirst ? span : 0, className: 'ledger-area-row' } : {});
    return [
      {
        key: 'index',
        title: t('ledgerColumns.index'),
        width: 64,
        align: 'center',
        fixed: canFreeze ? 'left' : undefined,
        onCell: (row) => areaCell(row, true),
        render: (_, row) => (row.kind === 'area' ? <span className="ledger-area-row__label">{row.label}</span> : row.index),
      },
      {
        key: 'code',
        title: t('ledgerColumns.code'),
        width: 88,
        fixed: canFreeze ? 'left' : undefined,
        onCell: (row) => areaCell(row, false),
        render: (_, row) => (row.kind === 'item' ? <span className="ledger-cell__code">{row.item.code}</span> : null),
      },
      ...chosen.map((column) => ({
        key: column.key,
        title: column.title,
        width: column.width,
        fixed: canFreeze && column.key === 'title' ? ('left' as const) : undefined,
        onCell: (row: Row) => areaCell(row, false),
        render: (_: unknown, row: Row) => (row.kind === 'item' ? column.render(row.item) : null),
      })),
    ];
  }, [ledger, t, format, visibleColumns, canFreeze]);

  return (
    <DataTable<Row>
      label={t(`ledgerKinds.${ledger}.full`)}
      emptyText={t('ledgers.empty')}
      className={`ledger-table ledger-table--${textMode}`}
      size="middle"
      bordered
      rowKey="key"
      columns={columns}
      dataSource={rows}
      loading={isLoading}
      sticky={{ offsetHeader: HEADER_HEIGHT }}
      scroll={{ x: 'max-content' }}
      rowClassName={(row) => (row.kind === 'area' ? 'ledger-area-tr' : '')}
      pagination={{
        current: page,
        pageSize,
        total,
        showSizeChanger: true,
        pageSizeOptions: PAGE_SIZES.map(String),
        showTotal: (count) => t('table.total', { count }),
        onChange: onPageChange,
        responsive: true,
      }}
    />
  );
}

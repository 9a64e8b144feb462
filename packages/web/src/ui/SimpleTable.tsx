import { useTranslation } from 'react-i18next';

export interface SimpleColumn<T> {
  key: string;
  title: React.ReactNode;
  render: (row: T) => React.ReactNode;
  align?: 'left' | 'right' | 'center';
  width?: number;
  /** Columns that only make sense with room: hidden on phones. */
  isWideOnly?: boolean;
  /** The cell that names the row (read first by screen readers). */
  isRowHeader?: boolean;
}

export interface SimpleTableProps<T> {
  caption: string;
  columns: SimpleColumn<T>[];
  rows: T[];
  rowKey: (row: T) => string | number;
  emptyText: string;
}

/**
 * A plain, light HTML table for summaries (no sorting or paging): a caption for screen readers, row
 * headers, and a scroll area a keyboard can reach. The home page uses it to stay small.
 */
export function SimpleTable<T>({ caption, columns, rows, rowKey, emptyText }: SimpleTableProps<T>) {
  const { t } = useTranslation();
  const cellClass = (column: SimpleColumn<T>) =>
    ['simple-table__cell', column.align ? `simple-table__cell--${column.align}` : '', column.isWideOnly ? 'simple-table__cell--wide-only' : ''].join(' ');
  return (
    <div className="simple-table" role="region" aria-label={t('table.scrollRegion', { label: caption })} tabIndex={0}>
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" className={cellClass(column)} style={column.width ? { width: column.width } : undefined}>
                {column.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length} className="simple-table__empty">
                {emptyText}
              </td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={rowKey(row)}>
                {columns.map((column) =>
                  column.isRowHeader ? (
                    <th key={column.key} scope="row" className={cellClass(column)}>
                      {column.render(row)}
                    </th>
                  ) : (
                    <td key={column.key} className={cellClass(column)}>
                      {column.render(row)}
                    </td>
                  ),
                )}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}

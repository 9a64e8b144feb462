import { useEffect, useRef } from 'react';
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TableProps } from 'antd';
import { TableEmpty } from './TableEmpty';

export interface DataTableProps<T> extends Omit<TableProps<T>, 'locale'> {
  /** What the table holds, for screen readers (names its scroll area). */
  label: string;
  emptyText: string;
}

/**
 * Ant Design's table with the product's defaults: an accessible empty text, and a scroll area that a
 * keyboard user can reach (WCAG 2.1.1; Ant Design leaves it unfocusable when the table is wider than
 * the screen, as on a phone).
 */
export function DataTable<T extends object>({ label, emptyText, ...props }: DataTableProps<T>) {
  const { t } = useTranslation();
  const wrapper = useRef<HTMLDivElement>(null);
  const regionName = t('table.scrollRegion', { label });

  useEffect(() => {
    for (const area of wrapper.current?.querySelectorAll<HTMLElement>('.ant-table-content, .ant-table-body') ?? []) {
      area.tabIndex = 0;
      area.setAttribute('role', 'region');
      area.setAttribute('aria-label', regionName);
    }
  });

  return (
    <div ref={wrapper} className="data-table">
      <Table<T> {...props} locale={{ emptyText: <TableEmpty>{emptyText}</TableEmpty> }} />
    </div>
  );
}

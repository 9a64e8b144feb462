import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useFormat } from '../../../i18n/useFormat';
import { SimpleTable } from '../../../ui/SimpleTable';
import type { SimpleColumn } from '../../../ui/SimpleTable';
import type { OwedReport } from '../api/reports.api';
import { ReportStateTag } from './ReportStateTag';

export function reportFormPath(itemId: number, period: string): string {
  return `/reporting/items/${itemId}/${period}`;
}

/** What the department still owes: returned reports first (with the office's comment), then by deadline. */
export function OwedList({ owed }: { owed: OwedReport[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const columns: SimpleColumn<OwedReport>[] = [
    {
      key: 'item',
      title: t('report.item'),
      isRowHeader: true,
      render: (row) => (
        <>
          <span className="item-code">{row.item.code}</span>
          <Link to={`/items/${row.item.id}`}>{row.item.title}</Link>
          {row.report?.state === 'returned' && row.report.reviewComment && (
            <div className="owed-list__comment">{t('report.returnedBecause', { comment: row.report.reviewComment })}</div>
          )}
        </>
      ),
    },
    { key: 'period', title: t('report.period'), width: 120, render: (row) => format.period(row.period) },
    {
      key: 'deadline',
      title: t('report.deadline'),
      width: 150,
      render: (row) => (
        <span className={row.isOverdue ? 'owed-list__deadline--overdue' : undefined}>
          {format.date(row.deadline)}
          {row.isOverdue && ` ${t('report.overdue')}`}
        </span>
      ),
    },
    { key: 'state', title: t('report.state'), width: 110, render: (row) => <ReportStateTag state={row.report?.state ?? null} /> },
    {
      key: 'action',
      title: t('common.actions'),
      width: 120,
      render: (row) => (
        <Link to={reportFormPath(row.item.id, row.period)} aria-label={`${row.report ? t('report.continue') : t('report.start')} ${row.item.code}`}>
          {row.report ? t('report.continue') : t('report.start')}
        </Link>
      ),
    },
  ];
  return (
    <SimpleTable
      caption={t('report.owedTitle')}
      columns={columns}
      rows={owed}
      rowKey={(row) => `${row.item.id}-${row.period}`}
      emptyText={t('report.nothingOwed')}
    />
  );
}

import { Checkbox } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useFormat } from '../../../i18n/useFormat';
import { SimpleTable } from '../../../ui/SimpleTable';
import type { SimpleColumn } from '../../../ui/SimpleTable';
import type { OwedReport } from '@plantrack/contract/reporting/reports.contract';
import { ReportStateTag } from './ReportStateTag';

export function reportFormPath(itemId: number, period: string): string {
  return `/reporting/items/${itemId}/${period}`;
}

/** Drafts are what the head may send as they stand; a returned report is opened and corrected first. */
export function isBatchSubmittable(row: OwedReport): boolean {
  return row.report?.state === 'draft';
}

/** The head's choice of drafts to submit at once (report ids). */
export interface OwedSelection {
  selected: number[];
  onChange: (selected: number[]) => void;
}

function DaysLeft({ daysLeft }: { daysLeft: number }) {
  const { t } = useTranslation();
  if (daysLeft < 0) return <span className="owed-list__deadline--overdue">{t('report.overdueDays', { count: -daysLeft })}</span>;
  return (
    <span className={daysLeft <= 3 ? 'owed-list__deadline--near' : 'section-hint'}>
      {daysLeft === 0 ? t('report.dueToday') : t('report.daysLeft', { count: daysLeft })}
    </span>
  );
}

function selectionColumn(owed: OwedReport[], { selected, onChange }: OwedSelection, t: TFunction): SimpleColumn<OwedReport> {
  const selectable = owed.filter(isBatchSubmittable).map((row) => row.report!.id);
  const allChosen = selectable.length > 0 && selectable.every((id) => selected.includes(id));
  return {
    key: 'select',
    title: (
      <Checkbox
        aria-label={t('report.selectAllDrafts')}
        disabled={selectable.length === 0}
        checked={allChosen}
        indeterminate={!allChosen && selected.length > 0}
        onChange={(event) => onChange(event.target.checked ? selectable : [])}
      />
    ),
    width: 44,
    render: (row) =>
      isBatchSubmittable(row) && (
        <Checkbox
          aria-label={t('report.selectDraft', { code: row.item.code })}
          checked={selected.includes(row.report!.id)}
          onChange={(event) => onChange(event.target.checked ? [...selected, row.report!.id] : selected.filter((id) => id !== row.report!.id))}
        />
      ),
  };
}

/**
 * What the department still owes: returned reports first (with the office's comment), then by deadline,
 * each with the days left. With `selection`, the head ticks drafts to submit at once.
 */
export function OwedList({ owed, selection }: { owed: OwedReport[]; selection?: OwedSelection }) {
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
          {/* A phone has no room for the deadline and state columns: they go under the title. */}
          <div className="owed-list__phone-meta">
            <ReportStateTag state={row.report?.state ?? null} />
            <span>{format.date(row.deadline)}</span>
            <DaysLeft daysLeft={row.daysLeft} />
          </div>
        </>
      ),
    },
    { key: 'period', title: t('report.period'), width: 110, isWideOnly: true, render: (row) => format.period(row.period) },
    {
      key: 'deadline',
      title: t('report.deadline'),
      width: 150,
      isWideOnly: true,
      render: (row) => (
        <>
          <div>{format.date(row.deadline)}</div>
          <DaysLeft daysLeft={row.daysLeft} />
        </>
      ),
    },
    { key: 'state', title: t('report.state'), width: 96, isWideOnly: true, render: (row) => <ReportStateTag state={row.report?.state ?? null} /> },
    {
      key: 'action',
      title: t('common.actions'),
      width: 88,
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
      columns={selection ? [selectionColumn(owed, selection, t), ...columns] : columns}
      rows={owed}
      rowKey={(row) => `${row.item.id}-${row.period}`}
      emptyText={t('report.nothingOwed')}
    />
  );
}

import { useMemo, useState } from 'react';
import { SCHEDULE_STATUS_COLOURS, SCHEDULE_STATUSES } from '@plantrack/domain';
import type { ScheduleStatus } from '@plantrack/domain';
import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useFormat } from '../../../i18n/useFormat';
import { SimpleTable } from '../../../ui/SimpleTable';
import type { SimpleColumn } from '../../../ui/SimpleTable';
import type { DashboardSummary, StatusGroup } from '@plantrack/contract/dashboard/dashboard.contract';
import { StatusBar } from './StatusBar';
import { itemsLink } from './items-link';

type Dimension = 'byArea' | 'byDepartment' | 'byLeader' | 'byLedger';
const DIMENSIONS: Dimension[] = ['byArea', 'byDepartment', 'byLeader', 'byLedger'];

/** Status by area, department, leader or ledger: the worst groups first, every count a link. */
export function StatusBreakdown({ summary }: { summary: DashboardSummary }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [dimension, setDimension] = useState<Dimension>('byArea');
  const asOf = summary.asOf;

  const rows = useMemo(
    () =>
      [...summary[dimension]].sort(
        (a, b) => b.counts.seriously_behind + b.counts.not_reported - (a.counts.seriously_behind + a.counts.not_reported) || b.counts.total - a.counts.total,
      ),
    [summary, dimension],
  );

  const countCell = (group: StatusGroup, status: ScheduleStatus) => {
    const count = group.counts[status];
    if (count === 0) return <span className="muted">0</span>;
    return (
      <Link
        to={itemsLink(group.filter, status, asOf)}
        className={`count-link count-link--${SCHEDULE_STATUS_COLOURS[status]}`}
        aria-label={t('dashboard.groupCountLink', { group: group.label, count, status: format.scheduleStatus(status) })}
      >
        {count}
      </Link>
    );
  };

  const columns: SimpleColumn<StatusGroup>[] = [
    {
      key: 'label',
      title: t(`dashboard.dimensions.${dimension}`),
      isRowHeader: true,
      render: (group) => <Link to={itemsLink(group.filter, undefined, asOf)}>{group.label}</Link>,
    },
    { key: 'total', title: t('dashboard.total'), width: 64, align: 'right', render: (group) => group.counts.total },
    { key: 'bar', title: t('dashboard.makeUp'), width: 160, isWideOnly: true, render: (group) => <StatusBar counts={group.counts} /> },
    ...SCHEDULE_STATUSES.map((status) => ({
      key: status,
      title: format.scheduleStatus(status),
      width: 84,
      align: 'right' as const,
      render: (group: StatusGroup) => countCell(group, status),
    })),
  ];

  return (
    <div className="status-breakdown">
      <Segmented<Dimension>
        aria-label={t('dashboard.dimension')}
        value={dimension}
        onChange={setDimension}
        options={DIMENSIONS.map((value) => ({ value, label: t(`dashboard.dimensionTabs.${value}`) }))}
        className="status-breakdown__switch"
      />
      <SimpleTable<StatusGroup>
        caption={`${t('dashboard.breakdownTitle')}：${t(`dashboard.dimensions.${dimension}`)}`}
        emptyText={t('dashboard.noItems')}
        rowKey={(group) => group.key}
        columns={columns}
        rows={rows}
      />
    </div>
  );
}

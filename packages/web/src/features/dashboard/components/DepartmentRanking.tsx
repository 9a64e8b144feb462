import { useState } from 'react';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDecimal } from '@plantrack/domain';
import { SimpleTable } from '../../../ui/SimpleTable';
import type { SimpleColumn } from '../../../ui/SimpleTable';
import type { RankingEntry } from '@plantrack/contract/dashboard/dashboard.contract';
import { itemsLink } from './items-link';

const percent = (fraction: number | null) => (fraction === null ? '—' : `${formatDecimal(fraction * 100, 1)}%`);

/** Departments scored and ranked for the quarter (PRODUCT.md "Department score"), each opening its items. */
export function DepartmentRanking({ ranking, asOf, filter = {} }: { ranking: RankingEntry[]; asOf: string; filter?: Record<string, string> }) {
  const { t } = useTranslation();
  const [isExpanded, setExpanded] = useState(false);
  const columns: SimpleColumn<RankingEntry>[] = [
    { key: 'rank', title: t('dashboard.ranking.rank'), width: 56, align: 'center', render: (entry) => entry.rank ?? '—' },
    {
      key: 'name',
      title: t('dashboard.ranking.department'),
      isRowHeader: true,
      render: (entry) => <Link to={itemsLink({ ...filter, department: String(entry.departmentId) }, undefined, asOf)}>{entry.name}</Link>,
    },
    { key: 'items', title: t('dashboard.ranking.items'), width: 64, align: 'right', render: (entry) => entry.itemCount },
    {
      key: 'total',
      title: t('dashboard.ranking.score'),
      width: 72,
      align: 'right',
      render: (entry) => <strong>{entry.total === null ? '—' : formatDecimal(entry.total, 1)}</strong>,
    },
    { key: 'onSchedule', title: t('dashboard.ranking.onSchedule'), width: 88, align: 'right', render: (e) => percent(e.components.onSchedule) },
    {
      key: 'timeliness',
      title: t('dashboard.ranking.timeliness'),
      width: 88,
      align: 'right',
      isWideOnly: true,
      render: (e) => percent(e.components.timeliness),
    },
    { key: 'quality', title: t('dashboard.ranking.quality'), width: 88, align: 'right', isWideOnly: true, render: (e) => percent(e.components.quality) },
    {
      key: 'supervision',
      title: t('dashboard.ranking.supervision'),
      width: 88,
      align: 'right',
      isWideOnly: true,
      render: (e) => percent(e.components.supervision),
    },
  ];
  const shown = isExpanded ? ranking : ranking.slice(0, 10);
  return (
    <>
      <SimpleTable<RankingEntry>
        caption={t('dashboard.rankingTitle')}
        emptyText={t('dashboard.noRanking')}
        rowKey={(entry) => entry.departmentId}
        columns={columns}
        rows={shown}
      />
      {ranking.length > 10 && (
        <Button type="link" onClick={() => setExpanded(!isExpanded)} className="ranking__more">
          {isExpanded ? t('dashboard.showFewer') : t('dashboard.showAllDepartments', { count: ranking.length })}
        </Button>
      )}
    </>
  );
}

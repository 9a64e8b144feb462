import { comparePeriods } from '@plantrack/domain';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/useFormat';
import type { Indicator, IndicatorValue } from '@plantrack/contract/indicators/indicators.contract';
import { DataTable } from '../../../ui/DataTable';

interface Row extends IndicatorValue {
  /** Places gained (+) or lost (−) in the province since the previous ranked period. */
  rankChange: number | null;
}

function withRankChanges(values: IndicatorValue[]): Row[] {
  let previousRank: number | null = null;
  return [...values]
    .sort((a, b) => comparePeriods(a.period, b.period))
    .map((value) => {
      const rankChange = value.provincialRank !== null && previousRank !== null ? previousRank - value.provincialRank : null;
      if (value.provincialRank !== null) previousRank = value.provincialRank;
      return { ...value, rankChange };
    });
}

/** Every period's value with the provincial rank (位次) and how it moved. */
export function IndicatorValuesTable({ indicator }: { indicator: Indicator }) {
  const { t } = useTranslation();
  const format = useFormat();
  const rows = withRankChanges(indicator.values ?? []).reverse();

  const rankChangeText = (change: number | null) => {
    if (change === null) return null;
    if (change > 0) return <span className="rank-up">{t('indicator.rankUp', { count: change })}</span>;
    if (change < 0) return <span className="rank-down">{t('indicator.rankDown', { count: -change })}</span>;
    return <span className="muted">{t('indicator.rankSame')}</span>;
  };

  const columns: TableColumnsType<Row> = [
    { key: 'period', title: t('indicator.period'), width: 140, render: (_, row) => format.period(row.period) },
    { key: 'value', title: t('indicator.value'), width: 130, align: 'right', render: (_, row) => format.value(row.value, indicator.unit) },
    {
      key: 'rank',
      title: t('indicatorColumns.rank'),
      width: 170,
      render: (_, row) =>
        row.provincialRank === null ? (
          '—'
        ) : (
          <span>
            {t('indicator.rankValue', { rank: row.provincialRank })} {rankChangeText(row.rankChange)}
          </span>
        ),
    },
    { key: 'note', title: t('indicator.note'), render: (_, row) => row.note ?? '' },
    { key: 'updatedAt', title: t('ledgerColumns.updatedAt'), width: 190, render: (_, row) => format.dateTime(row.updatedAt) },
  ];

  return (
    <DataTable<Row>
      label={t('indicator.values')}
      emptyText={t('indicator.noValues')}
      size="middle"
      rowKey="id"
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 640 }}
    />
  );
}

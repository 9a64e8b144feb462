import { useMemo } from 'react';
import type { ReactNode } from 'react';
import { Grid, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { HEADER_HEIGHT } from '../../../app/theme';
import { useFormat } from '../../../i18n/useFormat';
import type { Indicator } from '@plantrack/contract/indicators/indicators.contract';
import { useRules } from '../../settings/hooks/useRules';
import { analyseIndicator } from '../model/assess-indicator';
import { IndicatorStatusTag } from './IndicatorStatusTag';
import { DataTable } from '../../../ui/DataTable';
import './indicator-admin.css';

export interface IndicatorTableProps {
  indicators: Indicator[];
  total: number;
  page: number;
  pageSize: number;
  isLoading: boolean;
  onPageChange: (page: number, pageSize: number) => void;
  /** The office's actions on a row (edit, retire); none: a read-only table. */
  renderActions?: (indicator: Indicator) => ReactNode;
}

/** 重点指标工作台账: baseline, targets (plan, provincial, stretch), latest value and rank, and the assessment. */
export function IndicatorTable({ indicators, total, page, pageSize, isLoading, onPageChange, renderActions }: IndicatorTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const screens = Grid.useBreakpoint();
  const canFreeze = screens.md ?? true;
  const thresholds = useRules().data?.indicator;

  const columns = useMemo<TableColumnsType<Indicator>>(
    () => [
      {
        key: 'index',
        title: t('ledgerColumns.index'),
        width: 64,
        align: 'center',
        fixed: canFreeze ? 'left' : undefined,
        render: (_, __, i) => (page - 1) * pageSize + i + 1,
      },
      { key: 'code', title: t('ledgerColumns.code'), width: 80, dataIndex: 'code', fixed: canFreeze ? 'left' : undefined },
      {
        key: 'name',
        title: t('indicatorColumns.name'),
        width: 240,
        fixed: canFreeze ? 'left' : undefined,
        render: (_, indicator) => (
          <>
            <Link to={`/indicators/${indicator.id}`}>{indicator.name}</Link>
            {indicator.retiredAt && <Tag className="indicator-retired-tag">{t('indicatorAdmin.retiredTag')}</Tag>}
          </>
        ),
      },
      { key: 'unit', title: t('indicatorColumns.unit'), width: 80, align: 'center', render: (_, indicator) => indicator.unit ?? '—' },
      {
        key: 'baseline',
        title: t('indicatorColumns.baseline'),
        width: 130,
        render: (_, indicator) =>
          indicator.baseline ? (
            <div>
              {format.value(indicator.baseline.value, indicator.unit)}
              {indicator.baseline.year && <div className="ledger-cell__sub">{format.year(indicator.baseline.year)}</div>}
            </div>
          ) : (
            '—'
          ),
      },
      {
        key: 'target',
        title: t('indicatorColumns.planTarget'),
        width: 150,
        render: (_, indicator) => (
          <div>
            {indicator.target.text ?? format.value(indicator.target.value, indicator.unit)}
            {indicator.target.year && <div className="ledger-cell__sub">{format.year(indicator.target.year)}</div>}
          </div>
        ),
      },
      {
        key: 'provinceTarget',
        title: t('indicatorColumns.provinceTarget'),
        width: 110,
        render: (_, indicator) => format.value(indicator.provinceTarget, indicator.unit),
      },
      {
        key: 'stretchTarget',
        title: t('indicatorColumns.stretchTarget'),
        width: 110,
        render: (_, indicator) => format.value(indicator.stretchTarget, indicator.unit),
      },
      {
        key: 'latest',
        title: t('indicatorColumns.latest'),
        width: 140,
        render: (_, indicator) =>
          indicator.latestValue?.value ? (
            <div>
              {format.value(indicator.latestValue.value, indicator.unit)}
              <div className="ledger-cell__sub">{format.period(indicator.latestValue.period)}</div>
            </div>
          ) : (
            '—'
          ),
      },
      {
        key: 'rank',
        title: t('indicatorColumns.rank'),
        width: 100,
        align: 'center',
        render: (_, indicator) => (indicator.latestValue?.provincialRank ? t('indicator.rankValue', { rank: indicator.latestValue.provincialRank }) : '—'),
      },
      {
        key: 'status',
        title: t('indicatorColumns.status'),
        width: 130,
        render: (_, indicator) => {
          const status = analyseIndicator(indicator, thresholds).primary?.progress.status ?? 'insufficient_data';
          return <IndicatorStatusTag status={status} />;
        },
      },
      {
        key: 'department',
        title: t('ledgerColumns.leadDepartment'),
        width: 130,
        render: (_, indicator) => indicator.leadDepartment?.shortName ?? <span className="ledger-cell__gap">{t('chain.notSet')}</span>,
      },
      ...(renderActions
        ? [{ key: 'actions', title: t('indicatorAdmin.actions'), width: 150, render: (_: unknown, indicator: Indicator) => renderActions(indicator) }]
        : []),
    ],
    [t, format, page, pageSize, canFreeze, thresholds, renderActions],
  );

  return (
    <DataTable<Indicator>
      label={t('ledgerKinds.key_indicators.full')}
      emptyText={t('indicators.empty')}
      className="ledger-table"
      size="middle"
      bordered
      rowKey="id"
      columns={columns}
      dataSource={indicators}
      loading={isLoading}
      sticky={{ offsetHeader: HEADER_HEIGHT }}
      scroll={{ x: 'max-content' }}
      pagination={{
        current: page,
        pageSize,
        total,
        showSizeChanger: true,
        pageSizeOptions: ['20', '50', '100', '200'],
        showTotal: (count) => t('table.total', { count }),
        onChange: onPageChange,
      }}
    />
  );
}

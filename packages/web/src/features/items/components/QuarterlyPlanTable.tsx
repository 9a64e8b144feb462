import { useMemo } from 'react';
import { EditOutlined } from '@ant-design/icons';
import { periodOfDate, parsePeriod, todayInShanghai } from '@plantrack/domain';
import { Button, Progress } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/useFormat';
import type { QuarterlyPlan } from '@plantrack/contract/items/quarterly-plans.contract';
import { DataTable } from '../../../ui/DataTable';

/** What the office approved for a quarter, shown beside what was planned. */
export interface ReportedQuarter {
  completionPercent: number | null;
  summary: string | null;
}

interface Row extends QuarterlyPlan {
  year: number;
  isFirstOfYear: boolean;
  reported: ReportedQuarter | null;
}

export interface QuarterlyPlanTableProps {
  plans: QuarterlyPlan[];
  reported: Record<string, ReportedQuarter>;
  canEdit: boolean;
  onEdit: (plan: QuarterlyPlan) => void;
  isLoading: boolean;
}

/** 按季推进计划: twelve quarters, the milestone and cumulative % planned, beside what was reported. */
export function QuarterlyPlanTable({ plans, reported, canEdit, onEdit, isLoading }: QuarterlyPlanTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const currentPeriod = periodOfDate(todayInShanghai());

  const rows = useMemo<Row[]>(
    () =>
      plans.map((plan, index) => {
        const { year } = parsePeriod(plan.period);
        const previous = plans[index - 1];
        return { ...plan, year, isFirstOfYear: !previous || parsePeriod(previous.period).year !== year, reported: reported[plan.period] ?? null };
      }),
    [plans, reported],
  );

  const columns: TableColumnsType<Row> = [
    {
      key: 'year',
      title: t('quarterlyPlan.year'),
      width: 80,
      align: 'center',
      onCell: (row) => ({ rowSpan: row.isFirstOfYear ? rows.filter((other) => other.year === row.year).length : 0 }),
      render: (_, row) => <strong>{format.year(row.year)}</strong>,
    },
    {
      key: 'quarter',
      title: t('quarterlyPlan.quarter'),
      width: 90,
      render: (_, row) => (
        <span>
          {format.quarterOnly(row.period)}
          {row.period === currentPeriod && <span className="current-quarter-badge">{t('quarterlyPlan.current')}</span>}
        </span>
      ),
    },
    {
      key: 'milestone',
      title: t('quarterlyPlan.milestone'),
      render: (_, row) =>
        row.milestone ? <div className="preserve-lines">{row.milestone}</div> : <span className="ledger-cell__empty">{t('quarterlyPlan.unplanned')}</span>,
    },
    {
      key: 'planned',
      title: t('quarterlyPlan.cumulativePercent'),
      width: 150,
      render: (_, row) =>
        row.cumulativePercent === null ? (
          <span className="ledger-cell__empty">—</span>
        ) : (
          <div className="percent-cell">
            <span>
              {format.percent(row.cumulativePercent)}
              {row.basis === 'annual' && <span className="ledger-cell__sub"> {t('quarterlyPlan.annualTag')}</span>}
            </span>
            <Progress percent={row.cumulativePercent} showInfo={false} size="small" aria-hidden="true" />
          </div>
        ),
    },
    {
      key: 'reported',
      title: t('quarterlyPlan.reported'),
      width: 200,
      render: (_, row) =>
        row.reported ? (
          <div>
            <strong>{format.percent(row.reported.completionPercent)}</strong>
            {row.reported.summary && <div className="ledger-cell__sub clamp-3">{row.reported.summary}</div>}
          </div>
        ) : (
          <span className="ledger-cell__empty">{t('quarterlyPlan.notReported')}</span>
        ),
    },
    ...(canEdit
      ? [
          {
            key: 'actions',
            title: t('common.actions'),
            width: 90,
            align: 'center' as const,
            render: (_: unknown, row: Row) => (
              <Button
                type="link"
                size="small"
                icon={<EditOutlined aria-hidden="true" />}
                onClick={() => onEdit(row)}
                aria-label={t('quarterlyPlan.editAria', { period: format.period(row.period) })}
              >
                {t('common.edit')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <DataTable<Row>
      label={t('quarterlyPlan.title')}
      emptyText={t('quarterlyPlan.unplanned')}
      className="quarterly-plan-table"
      size="middle"
      bordered
      rowKey="period"
      columns={columns}
      dataSource={rows}
      loading={isLoading}
      pagination={false}
      scroll={{ x: 720 }}
      rowClassName={(row) => (row.period === currentPeriod ? 'is-current-quarter' : '')}
    />
  );
}

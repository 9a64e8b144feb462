import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/useFormat';
import { SimpleTable } from '../../../ui/SimpleTable';
import { StatusTag } from '../../../ui/StatusTag';
import type { DepartmentProgress } from '@plantrack/contract/reporting/cycles.contract';

export interface CycleDepartmentsTableProps {
  caption: string;
  rows: DepartmentProgress[];
  /** Only an open cycle can be reminded about. */
  canRemind: boolean;
  remindingId: number | undefined;
  onRemind: (departmentId: number, departmentName: string) => void;
}

/** 应报 / 已报 / 已审 / 未报 / 报送率 per department, in the server's order (overdue first), with 催报. */
export function CycleDepartmentsTable({ caption, rows, canRemind, remindingId, onRemind }: CycleDepartmentsTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <SimpleTable<DepartmentProgress>
      caption={caption}
      rowKey={(row) => row.departmentId}
      rows={rows}
      emptyText={t('cycleProgress.empty')}
      columns={[
        {
          key: 'department',
          title: t('cycleProgress.department'),
          isRowHeader: true,
          render: (row) => (
            <span className="cycle-progress__department" title={row.departmentName}>
              {row.departmentShortName}
              {row.isOverdue && <StatusTag colour="red">{t('cycleProgress.overdue')}</StatusTag>}
            </span>
          ),
        },
        { key: 'owed', title: t('cycleProgress.owed'), align: 'right', isWideOnly: true, render: (row) => row.owed },
        { key: 'reported', title: t('cycleProgress.reported'), align: 'right', isWideOnly: true, render: (row) => row.reported },
        { key: 'approved', title: t('cycleProgress.approved'), align: 'right', isWideOnly: true, render: (row) => row.approved },
        { key: 'missing', title: t('cycleProgress.missing'), align: 'right', render: (row) => row.missing },
        {
          key: 'rate',
          title: t('cycleProgress.rate'),
          align: 'right',
          render: (row) => (
            <span className="cycle-progress__rate">
              {row.reportedRate}%<span className="cycle-progress__rate-of">{t('cycleProgress.rateOf', { reported: row.reported, owed: row.owed })}</span>
            </span>
          ),
        },
        {
          key: 'remind',
          title: t('cycleProgress.remind'),
          render: (row) => (
            <span className="cycle-progress__remind">
              {canRemind && row.missing > 0 && (
                <Button
                  size="small"
                  aria-label={t('cycleProgress.remindLabel', { department: row.departmentShortName })}
                  loading={remindingId === row.departmentId}
                  onClick={() => onRemind(row.departmentId, row.departmentShortName)}
                >
                  {t('cycleProgress.remind')}
                </Button>
              )}
              <span className="cycle-progress__reminded">
                {row.reminders.lastSentAt
                  ? t('cycleProgress.reminded', { count: row.reminders.count, time: format.dateTime(row.reminders.lastSentAt) })
                  : t('cycleProgress.notReminded')}
              </span>
            </span>
          ),
        },
      ]}
    />
  );
}

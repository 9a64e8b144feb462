import { useState } from 'react';
import { Alert, Button, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/useFormat';
import { errorText } from '../../../ui/error-text';
import { SimpleTable } from '../../../ui/SimpleTable';
import { StatusTag } from '../../../ui/StatusTag';
import type { Cycle } from '@plantrack/contract/reporting/cycles.contract';
import { useCloseCycle } from '../hooks/useCycleMutations';
import { ReopenCycleModal } from './ReopenCycleModal';

/** Every cycle: its deadline, whether it is open, how many reports are in each state; close or reopen it. */
export function CyclesTable({ cycles }: { cycles: Cycle[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const close = useCloseCycle();
  const [reopening, setReopening] = useState<Cycle | null>(null);
  return (
    <>
      {close.error && <Alert type="error" showIcon role="alert" title={errorText(close.error, t)} className="review-comment" />}
      <SimpleTable<Cycle>
        caption={t('nav.cycles')}
        rowKey={(cycle) => cycle.id}
        rows={cycles}
        emptyText={t('cycles.empty')}
        columns={[
          { key: 'period', title: t('cycles.period'), isRowHeader: true, render: (cycle) => format.period(cycle.period) },
          {
            key: 'deadline',
            title: t('cycles.deadline'),
            render: (cycle) => (
              <span className={cycle.isOpen && cycle.isPastDeadline ? 'owed-list__deadline--overdue' : undefined}>{format.date(cycle.deadline)}</span>
            ),
          },
          {
            key: 'status',
            title: t('cycles.status'),
            render: (cycle) => <StatusTag colour={cycle.isOpen ? 'green' : 'grey'}>{t(cycle.isOpen ? 'cycles.isOpen' : 'cycles.isClosed')}</StatusTag>,
          },
          {
            key: 'counts',
            title: t('cycles.counts'),
            render: (cycle) => t('cycles.countsLine', cycle.reportCounts),
          },
          {
            key: 'actions',
            title: t('common.actions'),
            render: (cycle) =>
              cycle.isOpen ? (
                <Popconfirm
                  title={t('cycles.closeConfirm', { period: format.period(cycle.period) })}
                  okText={t('cycles.close')}
                  cancelText={t('common.cancel')}
                  onConfirm={() => close.mutate({ id: cycle.id, version: cycle.version })}
                >
                  <Button size="small">{t('cycles.close')}</Button>
                </Popconfirm>
              ) : (
                <Button size="small" onClick={() => setReopening(cycle)}>
                  {t('cycles.reopen')}
                </Button>
              ),
          },
        ]}
      />
      <ReopenCycleModal cycle={reopening} onClose={() => setReopening(null)} />
    </>
  );
}

import { useState } from 'react';
import { Alert, Select, Typography, message } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/useFormat';
import { ErrorState } from '../../../ui/ErrorState';
import { errorText } from '../../../ui/error-text';
import { PageLoading } from '../../../ui/PageLoading';
import type { Cycle } from '../api/cycles.api';
import { useCycleDepartments, useRemindDepartment } from '../hooks/useCycleDepartments';
import { CycleDepartmentsTable } from './CycleDepartmentsTable';

/**
 * 报送进度: for the chosen cycle (an open one unless the office picks another), each department's
 * reporting — overdue ones first — with one click to remind (催报) it.
 */
export function CycleProgress({ cycles }: { cycles: Cycle[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [chosen, setChosen] = useState<number | undefined>();
  const cycleId = chosen ?? (cycles.find((cycle) => cycle.isOpen) ?? cycles[0])?.id;
  const cycle = cycles.find((c) => c.id === cycleId);
  const departments = useCycleDepartments(cycleId);
  if (!cycle)
    return (
      <div className="cycle-progress__toolbar">
        <Typography.Text type="secondary">{t('cycleProgress.noCycle')}</Typography.Text>
      </div>
    );
  return (
    <div className="cycle-progress">
      <div className="cycle-progress__toolbar">
        <Select
          aria-label={t('cycleProgress.cycle')}
          value={cycle.id}
          onChange={setChosen}
          options={cycles.map((c) => ({ value: c.id, label: format.period(c.period) }))}
          style={{ width: 180 }}
        />
        <Typography.Text type="secondary">{t('cycleProgress.hint')}</Typography.Text>
      </div>
      {departments.isPending ? (
        <PageLoading />
      ) : departments.error ? (
        <ErrorState error={departments.error} onRetry={() => void departments.refetch()} />
      ) : (
        <RemindableTable cycle={cycle} rows={departments.data} />
      )}
    </div>
  );
}

function RemindableTable({ cycle, rows }: { cycle: Cycle; rows: NonNullable<ReturnType<typeof useCycleDepartments>['data']> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [messages, messageHolder] = message.useMessage();
  const remind = useRemindDepartment(cycle.id);
  const handleRemind = (departmentId: number, department: string) =>
    remind.mutate(departmentId, {
      // The notification is recorded whatever became of the e-mail; the office is told which.
      onSuccess: (reminder) => {
        const sent = t('cycleProgress.remindSent', { department, count: reminder.notified });
        const email = {
          sent: t('cycleProgress.emailSent', { count: reminder.emailed }),
          partly_sent: t('cycleProgress.emailFailed', { count: reminder.emailed }),
          failed: t('cycleProgress.emailFailed', { count: reminder.emailed }),
          not_configured: t('cycleProgress.emailNotConfigured'),
          no_address: t('cycleProgress.emailNoAddress'),
        }[reminder.emailStatus];
        void (reminder.emailStatus === 'sent' ? messages.success(`${sent}${email}`) : messages.warning(`${sent}${email}`));
      },
    });
  return (
    <>
      {messageHolder}
      {remind.error && <Alert type="error" showIcon role="alert" title={errorText(remind.error, t)} className="review-comment" />}
      <CycleDepartmentsTable
        caption={t('cycleProgress.caption', { period: format.period(cycle.period) })}
        rows={rows}
        canRemind={cycle.isOpen}
        remindingId={remind.isPending ? remind.variables : undefined}
        onRemind={handleRemind}
      />
    </>
  );
}

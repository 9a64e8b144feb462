import { useState } from 'react';
import { Alert, Button, Select, Typography, message } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/useFormat';
import { ErrorState } from '../../../ui/ErrorState';
import { errorText } from '../../../ui/error-text';
import { PageLoading } from '../../../ui/PageLoading';
import type { Cycle, Reminder } from '@plantrack/contract/reporting/cycles.contract';
import { useCycleDepartments, useRemindDepartment, useRemindOverdueDepartments } from '../hooks/useCycleDepartments';
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
  const remindOverdue = useRemindOverdueDepartments(cycle.id);
  // The notification is recorded whatever became of the e-mail; the office is told which.
  const tell = (text: string, reminders: Reminder[]) => {
    const note = emailNote(reminders, t);
    void (reminders.every((r) => r.emailStatus === 'sent') ? messages.success(`${text}${note}`) : messages.warning(`${text}${note}`));
  };
  const handleRemind = (departmentId: number, department: string) =>
    remind.mutate(departmentId, { onSuccess: (reminder) => tell(t('cycleProgress.remindSent', { department, count: reminder.notified }), [reminder]) });
  const handleRemindOverdue = () =>
    remindOverdue.mutate(undefined, {
      onSuccess: ({ reminders, skipped }) => {
        const done = t('cycleProgress.remindOverdueDone', { count: reminders.length, notified: reminders.reduce((sum, r) => sum + r.notified, 0) });
        tell(`${done}${skipped > 0 ? t('cycleProgress.remindOverdueSkipped', { count: skipped }) : ''}`, reminders);
      },
    });
  const error = remind.error ?? remindOverdue.error;
  return (
    <>
      {messageHolder}
      {error && <Alert type="error" showIcon role="alert" title={errorText(error, t)} className="review-comment" />}
      {cycle.isOpen && rows.some((row) => row.isOverdue) && (
        <div className="cycle-progress__toolbar">
          <Button danger loading={remindOverdue.isPending} onClick={handleRemindOverdue}>
            {t('cycleProgress.remindOverdue')}
          </Button>
        </div>
      )}
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

/** What became of the e-mail of one or several reminders, in a sentence. */
function emailNote(reminders: Reminder[], t: TFunction): string {
  if (reminders.length === 0) return '';
  const emailed = reminders.reduce((sum, r) => sum + r.emailed, 0);
  if (reminders.some((r) => r.emailStatus === 'failed' || r.emailStatus === 'partly_sent')) return t('cycleProgress.emailFailed', { count: emailed });
  if (reminders.some((r) => r.emailStatus === 'not_configured')) return t('cycleProgress.emailNotConfigured');
  if (emailed === 0) return t('cycleProgress.emailNoAddress');
  return t('cycleProgress.emailSent', { count: emailed });
}

import { useState } from 'react';
import { Alert, Button, Form, message } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/useFormat';
import { errorText } from '../../../ui/error-text';
import { DateField } from '../../../ui/DateField';
import { PeriodSelect } from '../../../ui/PeriodSelect';
import { useOpenCycle } from '../hooks/useCycleMutations';

export interface OpenCycleFormProps {
  startYear: number;
  endYear: number;
  defaultPeriod?: string;
  /** Quarters that already have a cycle: not offered again. */
  openedPeriods?: readonly string[];
}

/** Opens a quarter for reporting, with the date reports are due. */
export function OpenCycleForm({ startYear, endYear, defaultPeriod, openedPeriods }: OpenCycleFormProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [messages, messageHolder] = message.useMessage();
  const [period, setPeriod] = useState<string | undefined>(defaultPeriod);
  const [deadline, setDeadline] = useState<string | null>(null);
  const open = useOpenCycle();
  const handleOpen = () => {
    if (!period || !deadline) return;
    open.mutate(
      { period, deadline },
      {
        // Said once, and the quarter just opened is no longer offered.
        onSuccess: () => {
          void messages.success(t('cycles.opened', { period: format.period(period), date: format.date(deadline) }));
          setPeriod(undefined);
          setDeadline(null);
        },
      },
    );
  };
  return (
    <Form layout="inline" onFinish={handleOpen} aria-label={t('cycles.openTitle')}>
      {messageHolder}
      {open.error && <Alert type="error" showIcon role="alert" title={errorText(open.error, t)} className="review-comment" style={{ width: '100%' }} />}
      <Form.Item label={t('cycles.period')}>
        <PeriodSelect
          startYear={startYear}
          endYear={endYear}
          value={period}
          onChange={setPeriod}
          label={t('cycles.period')}
          placeholder={t('cycles.choosePeriod')}
          exclude={openedPeriods}
        />
      </Form.Item>
      <Form.Item label={t('cycles.deadline')} htmlFor="cycle-deadline">
        <DateField id="cycle-deadline" value={deadline} onChange={setDeadline} style={{ width: 170 }} />
      </Form.Item>
      <Button type="primary" htmlType="submit" disabled={!period || !deadline} loading={open.isPending}>
        {t('cycles.open')}
      </Button>
    </Form>
  );
}

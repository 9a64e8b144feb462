import { Alert, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/useFormat';
import { DateField } from '../../../ui/DateField';
import { errorText } from '../../../ui/error-text';
import type { Cycle } from '@plantrack/contract/reporting/cycles.contract';
import { useReopenCycle } from '../hooks/useCycleMutations';

interface FormValues {
  reason: string;
  deadline?: string | null;
}

/** Reopening a locked quarter is recorded with its reason (and may move the deadline). */
export function ReopenCycleModal({ cycle, onClose }: { cycle: Cycle | null; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [form] = Form.useForm<FormValues>();
  const reopen = useReopenCycle();
  const handleFinish = ({ reason, deadline }: FormValues) => {
    if (!cycle) return;
    reopen.mutate({ id: cycle.id, version: cycle.version, reason: reason.trim(), ...(deadline ? { deadline } : {}) }, { onSuccess: onClose });
  };
  return (
    <Modal
      open={cycle !== null}
      title={cycle ? t('cycles.reopenTitle', { period: format.period(cycle.period) }) : ''}
      okText={t('cycles.reopen')}
      cancelText={t('common.cancel')}
      confirmLoading={reopen.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {reopen.error && <Alert type="error" showIcon role="alert" title={errorText(reopen.error, t)} className="review-comment" />}
      <Form<FormValues> form={form} layout="vertical" onFinish={handleFinish} className="modal-form">
        <Form.Item name="reason" label={t('cycles.reason')} rules={[{ required: true, whitespace: true, min: 2, message: t('cycles.reasonRequired') }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={500} showCount />
        </Form.Item>
        <Form.Item name="deadline" label={t('cycles.newDeadline')}>
          <DateField style={{ width: 170 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

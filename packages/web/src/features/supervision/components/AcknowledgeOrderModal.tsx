import { useEffect } from 'react';
import { Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SupervisionOrderAcknowledgeInput } from '@plantrack/contract/supervision/supervision-orders.contract';

/** The form's fields: the contact the department names as it signs. */
type OrderContact = NonNullable<NonNullable<SupervisionOrderAcknowledgeInput>['contact']>;

export interface AcknowledgeOrderModalProps {
  isOpen: boolean;
  code: string;
  isPending: boolean;
  error?: React.ReactNode;
  onConfirm: (contact: OrderContact) => void;
  onCancel: () => void;
}

/** Signing for an order (签收) names the department's contact person for it (承办联系人), whom the office calls. */
export function AcknowledgeOrderModal({ isOpen, code, isPending, error, onConfirm, onCancel }: AcknowledgeOrderModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<OrderContact>();
  useEffect(() => {
    if (isOpen) form.resetFields();
  }, [form, isOpen]);
  return (
    <Modal
      open={isOpen}
      title={t('supervision.detail.contactTitle', { code })}
      okText={t('supervision.button.acknowledge')}
      cancelText={t('common.cancel')}
      confirmLoading={isPending}
      onOk={() => form.submit()}
      onCancel={onCancel}
      destroyOnHidden
    >
      {error}
      <p className="supervision-muted">{t('supervision.detail.contactHint')}</p>
      <Form<OrderContact>
        form={form}
        layout="vertical"
        onFinish={(values) => onConfirm({ name: values.name.trim(), phone: values.phone.trim() })}
        className="modal-form"
      >
        <Form.Item
          name="name"
          label={t('supervision.detail.contactName')}
          rules={[{ required: true, whitespace: true, message: t('supervision.detail.contactRequired') }]}
        >
          <Input maxLength={50} autoComplete="name" />
        </Form.Item>
        <Form.Item
          name="phone"
          label={t('supervision.detail.contactPhone')}
          rules={[{ required: true, pattern: /^[0-9+\-() ]{5,30}$/, message: t('supervision.detail.phoneRequired') }]}
        >
          <Input maxLength={30} inputMode="tel" autoComplete="tel" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

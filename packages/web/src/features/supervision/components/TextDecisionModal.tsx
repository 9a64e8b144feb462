import { useEffect } from 'react';
import { Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';

export interface TextDecisionModalProps {
  isOpen: boolean;
  title: string;
  okText: string;
  label: string;
  /** When set, the text is required and this is the message shown without it. */
  requiredMessage?: string;
  extra?: string;
  isDanger?: boolean;
  isPending: boolean;
  maxLength?: number;
  /** Why the last attempt failed, shown inside the dialog where the user is looking. */
  error?: React.ReactNode;
  onConfirm: (text: string) => void;
  onCancel: () => void;
}

/** A decision that says something: an answer, a return or a refusal (text required), a closing comment (optional). */
export function TextDecisionModal({
  isOpen,
  title,
  okText,
  label,
  requiredMessage,
  extra,
  isDanger,
  isPending,
  maxLength = 2000,
  error,
  onConfirm,
  onCancel,
}: TextDecisionModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ text?: string }>();
  useEffect(() => {
    if (isOpen) form.resetFields();
  }, [form, isOpen]);
  return (
    <Modal
      open={isOpen}
      title={title}
      okText={okText}
      okButtonProps={{ danger: isDanger }}
      cancelText={t('common.cancel')}
      confirmLoading={isPending}
      onOk={() => form.submit()}
      onCancel={onCancel}
      destroyOnHidden
    >
      {error}
      <Form<{ text?: string }> form={form} layout="vertical" onFinish={({ text }) => onConfirm(text?.trim() ?? '')} className="modal-form">
        <Form.Item name="text" label={label} extra={extra} rules={requiredMessage ? [{ required: true, whitespace: true, message: requiredMessage }] : []}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={maxLength} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}

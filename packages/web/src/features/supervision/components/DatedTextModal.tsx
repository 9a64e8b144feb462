import { useEffect } from 'react';
import { Form, Input, Modal } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../ui/DateField';

export interface DatedTextValues {
  date: string;
  text: string;
}

type FormValues = DatedTextValues;

export interface DatedTextModalProps {
  isOpen: boolean;
  title: string;
  okText: string;
  dateLabel: string;
  dateRequired: string;
  textLabel: string;
  textRequired: string;
  /** The earliest date to offer (`YYYY-MM-DD`); the server checks it again. */
  minDate?: string;
  /** More fields of the same decision (e.g. the order's level), kept by the caller. */
  children?: React.ReactNode;
  isPending: boolean;
  error?: React.ReactNode;
  onConfirm: (values: DatedTextValues) => void;
  onCancel: () => void;
}

/** A text with a date: a supervision order (事由, 反馈期限) or an extension request (理由, 申请延至). */
export function DatedTextModal(props: DatedTextModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FormValues>();
  const minDate = props.minDate === undefined ? undefined : dayjs(props.minDate);
  useEffect(() => {
    if (props.isOpen) form.resetFields();
  }, [form, props.isOpen]);
  return (
    <Modal
      open={props.isOpen}
      title={props.title}
      okText={props.okText}
      cancelText={t('common.cancel')}
      confirmLoading={props.isPending}
      onOk={() => form.submit()}
      onCancel={props.onCancel}
      destroyOnHidden
    >
      {props.error}
      <Form<FormValues>
        form={form}
        layout="vertical"
        onFinish={(values) => props.onConfirm({ date: values.date, text: values.text.trim() })}
        className="modal-form"
      >
        <Form.Item name="text" label={props.textLabel} rules={[{ required: true, whitespace: true, message: props.textRequired }]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} showCount />
        </Form.Item>
        <Form.Item name="date" label={props.dateLabel} rules={[{ required: true, message: props.dateRequired }]}>
          <DateField minDate={minDate} style={{ width: 190 }} />
        </Form.Item>
        {props.children}
      </Form>
    </Modal>
  );
}

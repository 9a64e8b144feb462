import { useEffect, useRef } from 'react';
import { Form, Input, Modal, Rate } from 'antd';
import type { TextAreaRef } from 'antd/es/input/TextArea';
import { useTranslation } from 'react-i18next';

export type ReviewDecision = 'approve' | 'return';

export interface ReviewDecisionValues {
  comment?: string;
  qualityRating?: number;
}

export interface ReviewDecisionModalProps {
  decision: ReviewDecision | null;
  count: number;
  /** A quality rating is given per report, so only when deciding one. */
  canRate: boolean;
  isPending: boolean;
  onConfirm: (values: ReviewDecisionValues) => void;
  onCancel: () => void;
}

/** Approve (comment and rating optional) or return (a comment is required) one or several reports. */
export function ReviewDecisionModal({ decision, count, canRate, isPending, onConfirm, onCancel }: ReviewDecisionModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ReviewDecisionValues>();
  // The reviewer types the comment first: focus goes there, not to the dialog's close button.
  const comment = useRef<TextAreaRef>(null);
  useEffect(() => {
    if (decision) form.resetFields();
  }, [form, decision]);
  const isReturn = decision === 'return';
  return (
    <Modal
      open={decision !== null}
      title={isReturn ? t('review.returnTitle', { count }) : t('review.approveTitle', { count })}
      okText={isReturn ? t('review.return') : t('review.approve')}
      okButtonProps={{ danger: isReturn }}
      cancelText={t('common.cancel')}
      confirmLoading={isPending}
      onOk={() => form.submit()}
      onCancel={onCancel}
      afterOpenChange={(isOpen) => isOpen && comment.current?.focus()}
      destroyOnHidden
    >
      <Form<ReviewDecisionValues> form={form} layout="vertical" onFinish={onConfirm} className="modal-form">
        <Form.Item
          name="comment"
          label={t('review.comment')}
          extra={isReturn ? t('review.returnHint') : undefined}
          rules={isReturn ? [{ required: true, whitespace: true, min: 2, message: t('review.commentRequired') }] : []}
        >
          <Input.TextArea ref={comment} autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} showCount />
        </Form.Item>
        {!isReturn && canRate && (
          <Form.Item name="qualityRating" label={t('review.qualityRating')} extra={t('review.qualityHint')}>
            <Rate />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

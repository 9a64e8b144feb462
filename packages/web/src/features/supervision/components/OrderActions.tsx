import { useState } from 'react';
import { Alert, Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../ui/error-text';
import type { SupervisionOrder } from '../api/supervision-orders.api';
import { useSupervisionStep } from '../hooks/useSupervisionStep';
import { TextDecisionModal } from './TextDecisionModal';

type TextStep = 'answer' | 'return' | 'close';

/** The steps the caller may take on the order now (from the server's policies): 签收, 反馈, 退回, 办结销号. */
export function OrderActions({ order }: { order: SupervisionOrder }) {
  const { t } = useTranslation();
  const step = useSupervisionStep();
  const [editing, setEditing] = useState<TextStep | null>(null);
  const { policies } = order;
  if (!policies.canAcknowledge && !policies.canAnswer && !policies.canReturn && !policies.canClose) return null;

  const confirm = (text: string) => {
    if (!editing) return;
    const { version } = order;
    const onSuccess = () => setEditing(null);
    if (editing === 'answer') step.mutate({ order, step: { action: 'answer', version, answer: text } }, { onSuccess });
    else if (editing === 'return') step.mutate({ order, step: { action: 'return', version, comment: text } }, { onSuccess });
    else step.mutate({ order, step: { action: 'close', version, ...(text ? { comment: text } : {}) } }, { onSuccess });
  };

  return (
    <div className="supervision-actions">
      {step.error && !editing && <Alert type="error" showIcon role="alert" title={errorText(step.error, t)} className="review-comment" />}
      <Space wrap>
        {policies.canAcknowledge && (
          <Button type="primary" loading={step.isPending} onClick={() => step.mutate({ order, step: { action: 'acknowledge', version: order.version } })}>
            {t('supervision.button.acknowledge')}
          </Button>
        )}
        {policies.canAnswer && (
          <Button type="primary" onClick={() => setEditing('answer')}>
            {t('supervision.button.answer')}
          </Button>
        )}
        {policies.canClose && (
          <Button type="primary" onClick={() => setEditing('close')}>
            {t('supervision.button.close')}
          </Button>
        )}
        {policies.canReturn && (
          <Button danger onClick={() => setEditing('return')}>
            {t('supervision.button.return')}
          </Button>
        )}
      </Space>
      <TextDecisionModal
        isOpen={editing !== null}
        title={editing ? t(`supervision.stepModal.${editing}Title`, { code: order.code }) : ''}
        okText={editing ? t(`supervision.button.${editing}`) : ''}
        label={editing === 'answer' ? t('supervision.stepModal.answerLabel') : t('supervision.stepModal.commentLabel')}
        requiredMessage={
          editing === 'answer' ? t('supervision.stepModal.answerRequired') : editing === 'return' ? t('supervision.stepModal.returnRequired') : undefined
        }
        extra={editing === 'return' ? t('supervision.stepModal.returnHint') : undefined}
        isDanger={editing === 'return'}
        maxLength={editing === 'answer' ? 5000 : 2000}
        isPending={step.isPending}
        error={step.error && editing ? <Alert type="error" showIcon role="alert" title={errorText(step.error, t)} className="review-comment" /> : undefined}
        onConfirm={confirm}
        onCancel={() => {
          setEditing(null);
          step.reset();
        }}
      />
    </div>
  );
}

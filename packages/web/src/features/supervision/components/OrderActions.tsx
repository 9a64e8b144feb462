import { useState } from 'react';
import { Alert, Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../ui/error-text';
import type { SupervisionOrder } from '@plantrack/contract/supervision/supervision-orders.contract';
import { useSupervisionStep } from '../hooks/useSupervisionStep';
import { AcknowledgeOrderModal } from './AcknowledgeOrderModal';
import { TextDecisionModal } from './TextDecisionModal';

type TextStep = 'answer' | 'return' | 'close';
type Editing = TextStep | 'acknowledge';

/** The steps the caller may take on the order now (from the server's policies): 签收, 反馈, 退回, 办结销号. */
export function OrderActions({ order }: { order: SupervisionOrder }) {
  const { t } = useTranslation();
  const step = useSupervisionStep();
  const [editing, setEditing] = useState<Editing | null>(null);
  const textStep = editing === 'acknowledge' ? null : editing;
  const { policies } = order;
  if (!policies.canAcknowledge && !policies.canAnswer && !policies.canReturn && !policies.canClose) return null;

  const cancel = () => {
    setEditing(null);
    step.reset();
  };
  const errorAlert = step.error ? <Alert type="error" showIcon role="alert" title={errorText(step.error, t)} className="review-comment" /> : undefined;
  const confirm = (text: string) => {
    if (!textStep) return;
    const { version } = order;
    const onSuccess = () => setEditing(null);
    if (textStep === 'answer') step.mutate({ order, step: { action: 'answer', version, answer: text } }, { onSuccess });
    else if (textStep === 'return') step.mutate({ order, step: { action: 'return', version, comment: text } }, { onSuccess });
    else step.mutate({ order, step: { action: 'close', version, ...(text ? { comment: text } : {}) } }, { onSuccess });
  };

  return (
    <div className="supervision-actions">
      {!editing && errorAlert}
      <Space wrap>
        {policies.canAcknowledge && (
          <Button type="primary" onClick={() => setEditing('acknowledge')}>
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
      <AcknowledgeOrderModal
        isOpen={editing === 'acknowledge'}
        code={order.code}
        isPending={step.isPending}
        error={editing === 'acknowledge' ? errorAlert : undefined}
        onConfirm={(contact) => step.mutate({ order, step: { action: 'acknowledge', version: order.version, contact } }, { onSuccess: () => setEditing(null) })}
        onCancel={cancel}
      />
      <TextDecisionModal
        isOpen={textStep !== null}
        title={textStep ? t(`supervision.stepModal.${textStep}Title`, { code: order.code }) : ''}
        okText={textStep ? t(`supervision.button.${textStep}`) : ''}
        label={textStep === 'answer' ? t('supervision.stepModal.answerLabel') : t('supervision.stepModal.commentLabel')}
        requiredMessage={
          textStep === 'answer' ? t('supervision.stepModal.answerRequired') : textStep === 'return' ? t('supervision.stepModal.returnRequired') : undefined
        }
        extra={textStep === 'return' ? t('supervision.stepModal.returnHint') : undefined}
        isDanger={textStep === 'return'}
        maxLength={textStep === 'answer' ? 5000 : 2000}
        isPending={step.isPending}
        error={textStep ? errorAlert : undefined}
        onConfirm={confirm}
        onCancel={cancel}
      />
    </div>
  );
}

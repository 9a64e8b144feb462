import { useState } from 'react';
import { Alert, Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../ui/error-text';
import type { ExtensionRequest } from '@plantrack/contract/supervision/extension-requests.contract';
import { useDecideExtensionRequest } from '../hooks/useDecideExtensionRequest';
import { TextDecisionModal } from './TextDecisionModal';

type Decision = 'approve' | 'reject';

/** Approve (comment optional) or reject (a reason required) a pending request, when the server allows the caller to. */
export function ExtensionDecisionButtons({ request }: { request: ExtensionRequest }) {
  const { t } = useTranslation();
  const decide = useDecideExtensionRequest();
  const [decision, setDecision] = useState<Decision | null>(null);
  if (!request.policies.canApprove && !request.policies.canReject) return null;
  const code = request.item.code;

  const confirm = (text: string) => {
    const onSuccess = () => setDecision(null);
    if (decision === 'approve')
      decide.mutate({ request, decision: { decision: 'approve', version: request.version, ...(text ? { comment: text } : {}) } }, { onSuccess });
    if (decision === 'reject') decide.mutate({ request, decision: { decision: 'reject', version: request.version, comment: text } }, { onSuccess });
  };

  return (
    <>
      <Space size={4} wrap>
        {request.policies.canApprove && (
          <Button size="small" type="link" aria-label={t('supervision.extension.approveOne', { code })} onClick={() => setDecision('approve')}>
            {t('supervision.extension.approve')}
          </Button>
        )}
        {request.policies.canReject && (
          <Button size="small" type="link" danger aria-label={t('supervision.extension.rejectOne', { code })} onClick={() => setDecision('reject')}>
            {t('supervision.extension.reject')}
          </Button>
        )}
      </Space>
      {decide.error && !decision && <Alert type="error" showIcon role="alert" title={errorText(decide.error, t)} />}
      <TextDecisionModal
        isOpen={decision !== null}
        title={decision ? t(`supervision.extension.${decision}Title`, { code }) : ''}
        okText={decision ? t(`supervision.extension.${decision}`) : ''}
        label={t('supervision.extension.comment')}
        requiredMessage={decision === 'reject' ? t('supervision.extension.commentRequired') : undefined}
        isDanger={decision === 'reject'}
        isPending={decide.isPending}
        error={
          decide.error && decision ? <Alert type="error" showIcon role="alert" title={errorText(decide.error, t)} className="review-comment" /> : undefined
        }
        onConfirm={confirm}
        onCancel={() => {
          setDecision(null);
          decide.reset();
        }}
      />
    </>
  );
}

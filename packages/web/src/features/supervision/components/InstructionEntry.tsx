import { useState } from 'react';
import { Alert, Button, Space, Steps } from 'antd';
import type { StatusColour } from '@plantrack/domain';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/useFormat';
import { errorText } from '../../../ui/error-text';
import { StatusTag } from '../../../ui/StatusTag';
import type { Instruction, InstructionStatus } from '@plantrack/contract/supervision/instructions.contract';
import type { StepActor } from '@plantrack/contract/supervision/supervision-orders.contract';
import { useInstructionStep } from '../hooks/useInstructionStep';
import { TextDecisionModal } from './TextDecisionModal';

const COLOURS: Record<InstructionStatus, StatusColour> = { delivered: 'yellow', read: 'yellow', answered: 'green' };
const DONE: Record<InstructionStatus, number> = { delivered: 1, read: 2, answered: 3 };

/** One instruction: the leader's words, its path 送达 → 阅办 → 落实反馈 with who and when, the feedback, and the department's next step. */
export function InstructionEntry({ instruction }: { instruction: Instruction }) {
  const { t } = useTranslation();
  const format = useFormat();
  const step = useInstructionStep();
  const [isAnswering, setAnswering] = useState(false);
  const { author, policies } = instruction;
  const who = (actor: StepActor | null, at: string | null) => (actor && at ? `${actor.displayName} · ${format.dateTime(at)}` : undefined);
  const path: { key: InstructionStatus; content: string | undefined }[] = [
    { key: 'delivered', content: format.dateTime(instruction.at) },
    { key: 'read', content: who(instruction.readBy, instruction.readAt) },
    { key: 'answered', content: who(instruction.feedbackBy, instruction.feedbackAt) },
  ];
  const done = DONE[instruction.status];
  return (
    <li className="supervision-list__entry supervision-instruction">
      <blockquote className="supervision-instruction__text">{instruction.text}</blockquote>
      <div className="supervision-muted">
        {author.name ? `${author.name}${author.title ? `（${author.title}）` : ''}` : author.displayName} · {format.dateTime(instruction.at)}{' '}
        <StatusTag colour={COLOURS[instruction.status]}>{t(`supervision.instruction.status.${instruction.status}`)}</StatusTag>
      </div>
      <div role="group" aria-label={t('supervision.instruction.path')} className="supervision-steps">
        <Steps
          size="small"
          responsive
          items={path.map(({ key, content }, index) => ({
            key,
            title: t(`supervision.instruction.step.${key}`),
            status: index < done ? 'finish' : index === done ? 'process' : 'wait',
            content,
          }))}
        />
      </div>
      {instruction.feedback && (
        <p className="item-report__comment">
          <strong>{t('supervision.instruction.feedback')}：</strong>
          {instruction.feedback}
        </p>
      )}
      {step.error && !isAnswering && <Alert type="error" showIcon role="alert" title={errorText(step.error, t)} className="review-comment" />}
      {(policies.canAcknowledge || policies.canAnswer) && (
        <Space wrap>
          {policies.canAcknowledge && (
            <Button
              type="primary"
              loading={step.isPending}
              onClick={() => step.mutate({ id: instruction.id, step: { action: 'acknowledge', version: instruction.version } })}
            >
              {t('supervision.instruction.acknowledge')}
            </Button>
          )}
          {policies.canAnswer && (
            <Button type="primary" onClick={() => setAnswering(true)}>
              {t('supervision.instruction.answer')}
            </Button>
          )}
        </Space>
      )}
      <TextDecisionModal
        isOpen={isAnswering}
        title={t('supervision.instruction.answerTitle')}
        okText={t('supervision.instruction.answerSubmit')}
        label={t('supervision.instruction.feedback')}
        requiredMessage={t('supervision.instruction.feedbackRequired')}
        maxLength={5000}
        isPending={step.isPending}
        error={step.error && isAnswering ? <Alert type="error" showIcon role="alert" title={errorText(step.error, t)} className="review-comment" /> : undefined}
        onConfirm={(feedback) =>
          step.mutate({ id: instruction.id, step: { action: 'feedback', version: instruction.version, feedback } }, { onSuccess: () => setAnswering(false) })
        }
        onCancel={() => {
          setAnswering(false);
          step.reset();
        }}
      />
    </li>
  );
}

import { useState } from 'react';
import { Alert, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../ui/error-text';
import { ErrorState } from '../../../ui/ErrorState';
import { useInstructions } from '../hooks/useInstructions';
import { useWriteInstruction } from '../hooks/useWriteInstruction';
import { InstructionEntry } from './InstructionEntry';

/**
 * Leaders' instructions (批示) on the item, newest first, each on its path 送达 → 阅办 → 落实反馈, for everyone
 * who reads the item; a leader writes one here, the lead department acknowledges and answers it.
 */
export function ItemInstructions({ itemId }: { itemId: number }) {
  const { t } = useTranslation();
  const instructions = useInstructions(itemId);
  const write = useWriteInstruction(itemId);
  const [text, setText] = useState('');
  if (instructions.error) return <ErrorState error={instructions.error} onRetry={() => void instructions.refetch()} />;
  const rows = instructions.data?.instructions ?? [];
  const handleWrite = () => {
    if (text.trim()) write.mutate(text.trim(), { onSuccess: () => setText('') });
  };
  return (
    <div className="supervision-block" id="instructions">
      <h3 className="item-report__heading">{t('supervision.instruction.title')}</h3>
      {rows.length === 0 ? (
        <p className="ledger-cell__empty">{instructions.isPending ? t('common.loading') : t('supervision.instruction.none')}</p>
      ) : (
        <ul className="supervision-list">
          {rows.map((instruction) => (
            <InstructionEntry key={instruction.id} instruction={instruction} />
          ))}
        </ul>
      )}
      {instructions.data?.policies.canWriteInstruction && (
        <Form layout="vertical" onFinish={handleWrite} aria-label={t('supervision.instruction.write')} className="supervision-instruction__form">
          {write.error && <Alert type="error" showIcon role="alert" title={errorText(write.error, t)} className="review-comment" />}
          <Form.Item label={t('supervision.instruction.label')} htmlFor={`instruction-${itemId}`}>
            <Input.TextArea
              id={`instruction-${itemId}`}
              value={text}
              onChange={(event) => setText(event.target.value)}
              autoSize={{ minRows: 2, maxRows: 8 }}
              maxLength={5000}
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" disabled={!text.trim()} loading={write.isPending}>
            {t('supervision.instruction.submit')}
          </Button>
        </Form>
      )}
    </div>
  );
}

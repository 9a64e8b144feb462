import { useState } from 'react';
import { Alert, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/useFormat';
import { errorText } from '../../../ui/error-text';
import { ErrorState } from '../../../ui/ErrorState';
import { useInstructions } from '../hooks/useInstructions';
import { useWriteInstruction } from '../hooks/useWriteInstruction';

/** Leaders' instructions (批示) on the item, newest first, for everyone who reads it; a leader writes one here. */
export function ItemInstructions({ itemId }: { itemId: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const instructions = useInstructions(itemId);
  const write = useWriteInstruction(itemId);
  const [text, setText] = useState('');
  if (instructions.error) return <ErrorState error={instructions.error} onRetry={() => void instructions.refetch()} />;
  const rows = instructions.data?.instructions ?? [];
  const handleWrite = () => {
    if (text.trim()) write.mutate(text.trim(), { onSuccess: () => setText('') });
  };
  return (
    <div className="supervision-block">
      <h3 className="item-report__heading">{t('supervision.instruction.title')}</h3>
      {rows.length === 0 ? (
        <p className="ledger-cell__empty">{instructions.isPending ? t('common.loading') : t('supervision.instruction.none')}</p>
      ) : (
        <ul className="supervision-list">
          {rows.map((instruction) => (
            <li key={instruction.id} className="supervision-list__entry supervision-instruction">
              <blockquote className="supervision-instruction__text">{instruction.text}</blockquote>
              <div className="supervision-muted">
                {instruction.author.name
                  ? `${instruction.author.name}${instruction.author.title ? `（${instruction.author.title}）` : ''}`
                  : instruction.author.displayName}{' '}
                · {format.dateTime(instruction.at)}
              </div>
            </li>
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

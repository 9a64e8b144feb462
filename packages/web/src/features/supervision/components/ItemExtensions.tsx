import { useState } from 'react';
import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { todayInShanghai } from '@plantrack/domain';
import { useFormat } from '../../../i18n/useFormat';
import { errorText } from '../../../ui/error-text';
import { ErrorState } from '../../../ui/ErrorState';
import type { Item } from '@plantrack/contract/items/items.contract';
import { useItemExtensionRequests } from '../hooks/useItemExtensionRequests';
import { useRequestExtension } from '../hooks/useRequestExtension';
import { DatedTextModal } from './DatedTextModal';
import { ExtensionDecisionButtons } from './ExtensionDecisionButtons';
import { ExtensionStatusTag } from './ExtensionQueue';

/** The day after `date` (`YYYY-MM-DD`): the earliest deadline an extension may ask for. */
function dayAfter(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

/** The item's extension requests, newest first; the lead department asks, the office (or the item's leader) decides. */
export function ItemExtensions({ item }: { item: Item }) {
  const { t } = useTranslation();
  const format = useFormat();
  const requests = useItemExtensionRequests(item.id);
  const ask = useRequestExtension(item.id);
  const [isAsking, setAsking] = useState(false);
  if (requests.error) return <ErrorState error={requests.error} onRetry={() => void requests.refetch()} />;
  const rows = requests.data?.extensionRequests ?? [];
  const hasPending = rows.some((request) => request.status === 'pending');
  return (
    <div className="supervision-block">
      <div className="supervision-block__head">
        <h3 className="item-report__heading">{t('supervision.item.extensionsHeading')}</h3>
        {requests.data?.policies.canRequestExtension && !hasPending && (
          <Button onClick={() => setAsking(true)}>{t('supervision.extension.requestButton')}</Button>
        )}
      </div>
      {rows.length === 0 ? (
        <p className="ledger-cell__empty">{requests.isPending ? t('common.loading') : t('supervision.extension.none')}</p>
      ) : (
        <ul className="supervision-list">
          {rows.map((request) => (
            <li key={request.id} className="supervision-list__entry">
              <div className="supervision-list__line">
                <ExtensionStatusTag status={request.status} />
                <span>
                  {t('supervision.extension.fromTo', {
                    from: request.currentDeadline ? format.date(request.currentDeadline) : t('supervision.extension.noDeadline'),
                    to: format.date(request.requestedDeadline),
                  })}
                </span>
                {request.status === 'pending' && <ExtensionDecisionButtons request={request} />}
              </div>
              <div className="supervision-text">
                {t('supervision.extension.reason')}：{request.reason}
              </div>
              <div className="supervision-muted">
                {request.requestedBy?.displayName ?? '—'} · {format.dateTime(request.requestedAt)}
              </div>
              {request.decidedAt && (
                <div className="supervision-muted">
                  {t(`supervision.extensionStatus.${request.status}`)}：{request.decidedBy?.displayName ?? '—'} · {format.dateTime(request.decidedAt)}
                  {request.decisionComment && <>（{request.decisionComment}）</>}
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      <DatedTextModal
        isOpen={isAsking}
        title={t('supervision.extension.requestTitle')}
        okText={t('supervision.extension.requestSubmit')}
        textLabel={t('supervision.extension.reason')}
        textRequired={t('supervision.extension.reasonRequired')}
        dateLabel={t('supervision.extension.requestedDeadline')}
        dateRequired={t('supervision.extension.dateRequired')}
        minDate={item.deadline ? dayAfter(item.deadline) : todayInShanghai()}
        isPending={ask.isPending}
        error={ask.error && <Alert type="error" showIcon role="alert" title={errorText(ask.error, t)} className="review-comment" />}
        onConfirm={({ text, date }) => ask.mutate({ reason: text, requestedDeadline: date }, { onSuccess: () => setAsking(false) })}
        onCancel={() => {
          setAsking(false);
          ask.reset();
        }}
      />
    </div>
  );
}

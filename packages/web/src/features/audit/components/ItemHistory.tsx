import { useState } from 'react';
import { Button, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/useFormat';
import { ErrorState } from '../../../ui/ErrorState';
import { PageLoading } from '../../../ui/PageLoading';
import { SectionCard } from '../../../ui/SectionCard';
import { useItem } from '../../items/hooks/useItem';
import type { FieldChange, HistoryEntry } from '@plantrack/contract/audit/item-history.contract';
import { HISTORY_PAGE_SIZE, useItemHistory } from '../hooks/useItemHistory';
import { formatHistoryValue, translateOr } from '../model/history-text';
import './audit.css';

/** Every recorded change of the item, newest first: when, who (name and role), what changed, before → after. */
export function ItemHistory({ itemId }: { itemId: number }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const item = useItem(itemId);
  const history = useItemHistory(itemId, page, item.data?.updatedAt);
  const pageCount = history.data ? Math.max(1, Math.ceil(history.data.total / HISTORY_PAGE_SIZE)) : 1;
  return (
    <SectionCard
      id="item-history"
      title={t('auditLog.history.title')}
      extra={history.data && history.data.total > 0 ? t('auditLog.history.pageOf', { page, total: history.data.total }) : undefined}
    >
      {history.isPending ? (
        <PageLoading />
      ) : history.error ? (
        <ErrorState error={history.error} onRetry={() => void history.refetch()} />
      ) : history.data.entries.length === 0 ? (
        <p className="item-history__empty">{t('auditLog.history.empty')}</p>
      ) : (
        <>
          <ol className="item-history" aria-label={t('auditLog.history.caption')}>
            {history.data.entries.map((entry) => (
              <HistoryRow key={entry.id} entry={entry} />
            ))}
          </ol>
          {pageCount > 1 && (
            <Space>
              <Button size="small" disabled={page <= 1} onClick={() => setPage(page - 1)}>
                {t('auditLog.history.previous')}
              </Button>
              <Button size="small" disabled={page >= pageCount} onClick={() => setPage(page + 1)}>
                {t('auditLog.history.next')}
              </Button>
            </Space>
          )}
        </>
      )}
    </SectionCard>
  );
}

function HistoryRow({ entry }: { entry: HistoryEntry }) {
  const { t } = useTranslation();
  const format = useFormat();
  const who = entry.actor
    ? entry.actor.role
      ? t('auditLog.history.by', { name: entry.actor.name, role: translateOr(t, `roles.${entry.actor.role}`, entry.actor.role) })
      : entry.actor.name
    : t('auditLog.history.system');
  return (
    <li className="item-history__entry">
      <div className="item-history__head">
        <time dateTime={entry.at}>{format.dateTime(entry.at)}</time>
        <span className="item-history__who">{who}</span>
        <strong>{translateOr(t, `auditLog.history.actions.${entry.action}`, entry.action)}</strong>
        {entry.subject !== 'item' && (
          <Tag>
            {translateOr(t, `auditLog.history.subjects.${entry.subject}`, entry.subject)}
            {entry.period ? ` · ${format.period(entry.period)}` : ''}
          </Tag>
        )}
      </div>
      {entry.changes.length > 0 && (
        <ul className="item-history__changes">
          {entry.changes.map((change) => (
            <li key={change.field}>
              <ChangeLine change={change} />
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

function ChangeLine({ change }: { change: FieldChange }) {
  const { t } = useTranslation();
  const format = useFormat();
  const formatters = { t, date: format.date, scheduleStatus: format.scheduleStatus };
  const value = (text: string | null) => (text === null ? null : formatHistoryValue(change.field, text, formatters));
  const before = value(change.before);
  const after = value(change.after);
  const label = translateOr(t, `auditLog.history.fields.${change.field}`, change.field);
  const text =
    before === null
      ? t('auditLog.history.set', { after: after ?? '' })
      : after === null
        ? t('auditLog.history.cleared', { before })
        : t('auditLog.history.changedFrom', { before, after });
  return (
    <>
      <span className="item-history__field">{label}</span>
      {text}
    </>
  );
}

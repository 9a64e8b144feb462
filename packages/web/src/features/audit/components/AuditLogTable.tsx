import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../ui/DataTable';
import { StatusTag } from '../../../ui/StatusTag';
import type { AuditEntry } from '@plantrack/contract/audit/audit.contract';
import { translateOr } from '../model/history-text';
import './audit.css';

export interface AuditLogTableProps {
  entries: AuditEntry[];
  total: number;
  page: number;
  pageSize: number;
  isLoading: boolean;
  onPage: (page: number, pageSize: number) => void;
}

const OUTCOME_COLOURS = { success: 'green', denied: 'red', failure: 'yellow' } as const;

function snapshotText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'string' ? value : JSON.stringify(value, null, 2);
}

/** The log as recorded: the instant with its offset, user, address, action, object, outcome; before/after on expanding a row. */
export function AuditLogTable({ entries, total, page, pageSize, isLoading, onPage }: AuditLogTableProps) {
  const { t } = useTranslation();
  return (
    <DataTable<AuditEntry>
      label={t('auditLog.table.caption')}
      emptyText={t('auditLog.table.empty')}
      rowKey="id"
      size="small"
      loading={isLoading}
      dataSource={entries}
      scroll={{ x: 900 }}
      pagination={{
        current: page,
        pageSize,
        total,
        showSizeChanger: true,
        pageSizeOptions: [20, 50, 100, 200],
        showTotal: (count) => t('auditLog.table.total', { count }),
        onChange: onPage,
      }}
      expandable={{
        rowExpandable: (entry) => entry.before !== null || entry.after !== null || entry.requestId !== null,
        expandedRowRender: (entry) => (
          <div className="audit-snapshots">
            {(['before', 'after'] as const).map((side) => (
              <div key={side}>
                <strong>{t(`auditLog.table.${side}`)}</strong>
                <pre>{snapshotText(entry[side]) ?? t('auditLog.table.noSnapshot')}</pre>
              </div>
            ))}
            {entry.requestId && (
              <div>
                <strong>{t('auditLog.table.requestId')}</strong>
                <pre>{entry.requestId}</pre>
              </div>
            )}
          </div>
        ),
      }}
      columns={[
        {
          key: 'at',
          title: t('auditLog.table.at'),
          width: 190,
          // As recorded, with its offset, so an auditor can compare it with other logs exactly.
          render: (_, entry) => <time dateTime={entry.at}>{entry.at.replace('T', ' ').replace(/\.\d{3}/, ' ')}</time>,
        },
        { key: 'user', title: t('auditLog.table.user'), render: (_, entry) => entry.username ?? t('auditLog.table.system') },
        { key: 'ip', title: t('auditLog.table.ip'), render: (_, entry) => entry.ip ?? '—', responsive: ['md'] },
        {
          key: 'action',
          title: t('auditLog.table.action'),
          render: (_, entry) => {
            const label = translateOr(t, `auditLog.history.actions.${entry.action}`, entry.action);
            // The code, which auditors search by, on hover; an action without a label shows its code.
            return label === entry.action ? <code>{entry.action}</code> : <span title={entry.action}>{label}</span>;
          },
        },
        {
          key: 'object',
          title: t('auditLog.table.object'),
          render: (_, entry) => {
            const type = translateOr(t, `auditLog.entityTypes.${entry.entityType}`, entry.entityType);
            const name = entry.entityLabel ?? entry.entityId;
            return <span title={entry.entityId ? `${entry.entityType} ${entry.entityId}` : undefined}>{name ? `${type} ${name}` : type}</span>;
          },
        },
        {
          key: 'outcome',
          title: t('auditLog.table.outcome'),
          render: (_, entry) => (
            <StatusTag colour={OUTCOME_COLOURS[entry.outcome as keyof typeof OUTCOME_COLOURS] ?? 'grey'}>
              {translateOr(t, `auditLog.outcomes.${entry.outcome}`, entry.outcome)}
            </StatusTag>
          ),
        },
      ]}
    />
  );
}

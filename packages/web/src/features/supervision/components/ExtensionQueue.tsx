import { useState } from 'react';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useFormat } from '../../../i18n/useFormat';
import { DataTable } from '../../../ui/DataTable';
import { ErrorState } from '../../../ui/ErrorState';
import { StatusTag } from '../../../ui/StatusTag';
import { EXTENSION_STATUSES } from '@plantrack/contract/enums';
import type { ExtensionStatus } from '@plantrack/contract/enums';
import type { ExtensionRequest } from '@plantrack/contract/supervision/extension-requests.contract';
import { useExtensionRequests } from '../hooks/useExtensionRequests';
import { ExtensionDecisionButtons } from './ExtensionDecisionButtons';

const PAGE_SIZE = 20;
const TONES = { pending: 'yellow', approved: 'green', rejected: 'red' } as const;

export function ExtensionStatusTag({ status }: { status: ExtensionStatus }) {
  const { t } = useTranslation();
  return <StatusTag colour={TONES[status]}>{t(`supervision.extensionStatus.${status}`)}</StatusTag>;
}

/** The office's queue of extension requests (pending by default): item, department, both dates, reason; approve or reject. */
export function ExtensionQueue() {
  const { t } = useTranslation();
  const format = useFormat();
  const [status, setStatus] = useState<ExtensionStatus | undefined>('pending');
  const [page, setPage] = useState(1);
  const requests = useExtensionRequests({ status, page, pageSize: PAGE_SIZE });
  if (requests.error) return <ErrorState error={requests.error} onRetry={() => void requests.refetch()} />;
  return (
    <>
      <div className="filter-bar supervision-filters" role="search" aria-label={t('supervision.extension.filters')}>
        <Select
          className="filter-bar__select"
          aria-label={t('supervision.orders.statusFilter')}
          placeholder={t('supervision.orders.allStatuses')}
          value={status}
          onChange={(value?: ExtensionStatus) => {
            setStatus(value);
            setPage(1);
          }}
          allowClear
          options={EXTENSION_STATUSES.map((value) => ({ value, label: t(`supervision.extensionStatus.${value}`) }))}
        />
      </div>
      <DataTable<ExtensionRequest>
        label={t('supervision.tabs.extensions')}
        emptyText={status === 'pending' ? t('supervision.extension.queueEmpty') : t('supervision.extension.none')}
        rowKey="id"
        loading={requests.isPending}
        dataSource={requests.data?.extensionRequests ?? []}
        scroll={{ x: 960 }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: requests.data?.total ?? 0,
          onChange: setPage,
          showSizeChanger: false,
          hideOnSinglePage: true,
        }}
        columns={[
          {
            key: 'item',
            title: t('supervision.orders.item'),
            render: (_, request) => (
              <>
                <span className="item-code">{request.item.code}</span>
                <Link to={`/items/${request.item.id}`}>{request.item.title}</Link>
              </>
            ),
          },
          {
            key: 'department',
            title: t('supervision.orders.department'),
            width: 130,
            render: (_, request) => request.leadDepartment?.shortName ?? request.leadDepartment?.name ?? '—',
          },
          {
            key: 'currentDeadline',
            title: t('supervision.extension.currentDeadline'),
            width: 130,
            render: (_, request) => (request.currentDeadline ? format.date(request.currentDeadline) : t('supervision.extension.noDeadline')),
          },
          {
            key: 'requestedDeadline',
            title: t('supervision.extension.requestedDeadline'),
            width: 130,
            render: (_, request) => format.date(request.requestedDeadline),
          },
          { key: 'reason', title: t('supervision.extension.reason'), render: (_, request) => <span className="supervision-text">{request.reason}</span> },
          {
            key: 'requested',
            title: t('supervision.extension.requestedBy'),
            width: 170,
            render: (_, request) => (
              <>
                {request.requestedBy?.displayName ?? '—'}
                <div className="supervision-muted">{format.dateTime(request.requestedAt)}</div>
              </>
            ),
          },
          {
            key: 'status',
            title: t('supervision.orders.status'),
            width: 170,
            render: (_, request) =>
              request.status === 'pending' ? (
                <ExtensionDecisionButtons request={request} />
              ) : (
                <>
                  <ExtensionStatusTag status={request.status} />
                  {request.decisionComment && <div className="supervision-muted">{request.decisionComment}</div>}
                </>
              ),
          },
        ]}
      />
    </>
  );
}

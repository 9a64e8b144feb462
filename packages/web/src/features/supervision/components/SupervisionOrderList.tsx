import { useState } from 'react';
import { Button, Checkbox, Drawer, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { useFormat } from '../../../i18n/useFormat';
import { DataTable } from '../../../ui/DataTable';
import { ErrorState } from '../../../ui/ErrorState';
import { useDepartments } from '../../organisation/hooks/useDepartments';
import { SUPERVISION_STATUSES } from '@plantrack/contract/enums';
import type { SupervisionStatus } from '@plantrack/contract/enums';
import type { SupervisionOrder } from '@plantrack/contract/supervision/supervision-orders.contract';
import { useSupervisionOrder } from '../hooks/useSupervisionOrder';
import { useSupervisionOrders } from '../hooks/useSupervisionOrders';
import { OrderDetail } from './OrderDetail';
import { SupervisionLevelTag } from './SupervisionLevelTag';
import { SupervisionStatusTag } from './SupervisionStatusTag';

const PAGE_SIZE = 20;

/** The office's list of supervision orders: filter by status, department, overdue; open one to see its steps and act. */
export function SupervisionOrderList() {
  const { t } = useTranslation();
  const format = useFormat();
  const [status, setStatus] = useState<SupervisionStatus | undefined>();
  const [department, setDepartment] = useState<string | undefined>();
  const [isOverdueOnly, setOverdueOnly] = useState(false);
  const [page, setPage] = useState(1);
  // The open order is in the address (?order=12), so a notification or a colleague can link to it.
  const [searchParams, setSearchParams] = useSearchParams();
  const openId = Number(searchParams.get('order')) || null;
  const openOrder = useSupervisionOrder(openId);
  const departments = useDepartments();
  const orders = useSupervisionOrders({ status, department, overdue: isOverdueOnly ? 'true' : undefined, page, pageSize: PAGE_SIZE });

  const setOpen = (id: number | null) =>
    setSearchParams(
      (params) => {
        if (id === null) params.delete('order');
        else params.set('order', String(id));
        return params;
      },
      { replace: true },
    );
  const filtered = (change: () => void) => {
    change();
    setPage(1);
  };

  return (
    <>
      <div className="filter-bar supervision-filters" role="search" aria-label={t('supervision.orders.filters')}>
        <Select
          className="filter-bar__select"
          aria-label={t('supervision.orders.statusFilter')}
          placeholder={t('supervision.orders.allStatuses')}
          value={status}
          onChange={(value?: SupervisionStatus) => filtered(() => setStatus(value))}
          allowClear
          options={SUPERVISION_STATUSES.map((value) => ({ value, label: t(`supervision.status.${value}`) }))}
        />
        <Select
          className="filter-bar__select"
          aria-label={t('supervision.orders.departmentFilter')}
          placeholder={t('supervision.orders.allDepartments')}
          value={department}
          onChange={(value?: string) => filtered(() => setDepartment(value))}
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          loading={departments.isLoading}
          popupMatchSelectWidth={false}
          options={(departments.data ?? []).map((item) => ({ value: String(item.id), label: item.shortName }))}
        />
        <Checkbox checked={isOverdueOnly} onChange={(event) => filtered(() => setOverdueOnly(event.target.checked))}>
          {t('supervision.orders.overdueOnly')}
        </Checkbox>
      </div>
      {orders.error ? (
        <ErrorState error={orders.error} onRetry={() => void orders.refetch()} />
      ) : (
        <DataTable<SupervisionOrder>
          label={t('supervision.tabs.orders')}
          emptyText={t('supervision.orders.empty')}
          rowKey="id"
          loading={orders.isPending}
          dataSource={orders.data?.supervisionOrders ?? []}
          rowClassName={(order) => (order.isOverdue ? 'supervision-row--overdue' : '')}
          scroll={{ x: 900 }}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: orders.data?.total ?? 0,
            onChange: setPage,
            showSizeChanger: false,
            hideOnSinglePage: true,
          }}
          columns={[
            {
              key: 'code',
              title: t('supervision.orders.code'),
              width: 150,
              render: (_, order) => (
                <>
                  {order.code} <SupervisionLevelTag level={order.level} />
                </>
              ),
            },
            {
              key: 'item',
              title: t('supervision.orders.item'),
              render: (_, order) => (
                <>
                  <span className="item-code">{order.item.code}</span>
                  <Link to={`/items/${order.item.id}`}>{order.item.title}</Link>
                </>
              ),
            },
            {
              key: 'department',
              title: t('supervision.orders.department'),
              width: 130,
              render: (_, order) => order.leadDepartment?.shortName ?? order.leadDepartment?.name ?? '—',
            },
            {
              key: 'replyBy',
              title: t('supervision.orders.replyBy'),
              width: 140,
              render: (_, order) => <span className={order.isOverdue ? 'owed-list__deadline--overdue' : undefined}>{format.date(order.replyBy)}</span>,
            },
            {
              key: 'status',
              title: t('supervision.orders.status'),
              width: 170,
              render: (_, order) => <SupervisionStatusTag status={order.status} isOverdue={order.isOverdue} />,
            },
            { key: 'issuedAt', title: t('supervision.orders.issuedAt'), width: 170, render: (_, order) => format.dateTime(order.issuedAt) },
            {
              key: 'actions',
              title: t('common.actions'),
              width: 90,
              render: (_, order) => (
                <Button size="small" type="link" aria-label={t('supervision.orders.viewOne', { code: order.code })} onClick={() => setOpen(order.id)}>
                  {t('supervision.orders.view')}
                </Button>
              ),
            },
          ]}
        />
      )}
      <Drawer
        open={openId !== null}
        onClose={() => setOpen(null)}
        title={openOrder.data ? t('supervision.detail.title', { code: openOrder.data.code }) : t('supervision.tabs.orders')}
        size="min(720px, 100vw)"
        destroyOnHidden
      >
        {openId !== null && <OrderDetail id={openId} showItem />}
      </Drawer>
    </>
  );
}

import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useFormat } from '../../../i18n/useFormat';
import { ErrorState } from '../../../ui/ErrorState';
import { PageLoading } from '../../../ui/PageLoading';
import type { SupervisionOrder } from '@plantrack/contract/supervision/supervision-orders.contract';
import { useSupervisionOrder } from '../hooks/useSupervisionOrder';
import { OrderActions } from './OrderActions';
import { OrderSteps } from './OrderSteps';
import { SupervisionLevelTag } from './SupervisionLevelTag';
import { SupervisionStatusTag } from './SupervisionStatusTag';

/** What an order asks and what was answered, its steps and history, and the caller's actions. */
export function OrderBody({ order, showItem = false }: { order: SupervisionOrder; showItem?: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="item-report supervision-order">
      <p>
        <SupervisionLevelTag level={order.level} /> <SupervisionStatusTag status={order.status} isOverdue={order.isOverdue} />
      </p>
      {order.reviewComment && (
        <p className={order.status === 'returned' ? 'item-report__comment item-report__comment--returned' : 'item-report__comment'}>
          <strong>{t('supervision.detail.reviewComment')}：</strong>
          {order.reviewComment}
        </p>
      )}
      <dl className="item-report__fields">
        {showItem && (
          <>
            <dt>{t('supervision.orders.item')}</dt>
            <dd>
              <span className="item-code">{order.item.code}</span>
              <Link to={`/items/${order.item.id}`}>{order.item.title}</Link>
            </dd>
            <dt>{t('supervision.orders.department')}</dt>
            <dd>{order.leadDepartment?.shortName ?? order.leadDepartment?.name ?? '—'}</dd>
          </>
        )}
        <dt>{t('supervision.detail.reason')}</dt>
        <dd>{order.reason}</dd>
        <dt>{t('supervision.orders.replyBy')}</dt>
        <dd className={order.isOverdue ? 'owed-list__deadline--overdue' : undefined}>{format.date(order.replyBy)}</dd>
        <dt>{t('supervision.detail.contact')}</dt>
        <dd>{order.contact ? [order.contact.name, order.contact.phone].filter(Boolean).join(' ') : t('supervision.detail.noContact')}</dd>
        <dt>{t('supervision.detail.answer')}</dt>
        <dd>{order.answer ?? t('supervision.detail.noAnswer')}</dd>
      </dl>
      <OrderSteps order={order} />
      <OrderActions order={order} />
    </div>
  );
}

/** One order fetched with its history (the list leaves history out). */
export function OrderDetail({ id, showItem = false }: { id: number; showItem?: boolean }) {
  const order = useSupervisionOrder(id);
  if (order.isPending) return <PageLoading />;
  if (order.error) return <ErrorState error={order.error} onRetry={() => void order.refetch()} />;
  return <OrderBody order={order.data} showItem={showItem} />;
}

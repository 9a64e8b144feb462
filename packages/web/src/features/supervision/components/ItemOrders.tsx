import { useState } from 'react';
import { Alert, Button, Collapse, Form, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { todayInShanghai } from '@plantrack/domain';
import { useFormat } from '../../../i18n/useFormat';
import { errorText } from '../../../ui/error-text';
import { ErrorState } from '../../../ui/ErrorState';
import { useIssueSupervisionOrder } from '../hooks/useIssueSupervisionOrder';
import { useSupervisionOrders } from '../hooks/useSupervisionOrders';
import { DatedTextModal } from './DatedTextModal';
import { OrderDetail } from './OrderDetail';
import { SUPERVISION_LEVELS } from '@plantrack/contract/enums';
import type { SupervisionLevel } from '@plantrack/contract/enums';
import { SupervisionLevelTag } from './SupervisionLevelTag';
import { SupervisionStatusTag } from './SupervisionStatusTag';

/** The item's supervision orders, newest first (each opens on its steps and actions); the office issues new ones here. */
export function ItemOrders({ itemId }: { itemId: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const orders = useSupervisionOrders({ item: itemId, pageSize: 50 });
  const issue = useIssueSupervisionOrder(itemId);
  const [isIssuing, setIssuing] = useState(false);
  const [level, setLevel] = useState<SupervisionLevel>('normal');
  if (orders.error) return <ErrorState error={orders.error} onRetry={() => void orders.refetch()} />;
  const rows = orders.data?.supervisionOrders ?? [];
  return (
    <div className="supervision-block">
      <div className="supervision-block__head">
        <h3 className="item-report__heading">{t('supervision.item.ordersHeading')}</h3>
        {orders.data?.policies.canIssue && (
          <Button
            onClick={() => {
              setLevel('normal');
              setIssuing(true);
            }}
          >
            {t('supervision.issue.button')}
          </Button>
        )}
      </div>
      {rows.length === 0 ? (
        <p className="ledger-cell__empty">{orders.isPending ? t('common.loading') : t('supervision.item.noOrders')}</p>
      ) : (
        <Collapse
          defaultActiveKey={rows.filter((order) => order.status !== 'closed').map((order) => String(order.id))}
          items={rows.map((order) => ({
            key: String(order.id),
            label: (
              <span className="item-report__label">
                {order.code} <SupervisionLevelTag level={order.level} /> <SupervisionStatusTag status={order.status} isOverdue={order.isOverdue} />{' '}
                <span className="supervision-muted">{t('supervision.item.replyBy', { date: format.date(order.replyBy) })}</span>
              </span>
            ),
            children: <OrderDetail id={order.id} />,
          }))}
        />
      )}
      <DatedTextModal
        isOpen={isIssuing}
        title={t('supervision.issue.title')}
        okText={t('supervision.issue.submit')}
        textLabel={t('supervision.issue.reason')}
        textRequired={t('supervision.issue.reasonRequired')}
        dateLabel={t('supervision.issue.replyBy')}
        dateRequired={t('supervision.issue.replyByRequired')}
        minDate={todayInShanghai()}
        isPending={issue.isPending}
        error={issue.error && <Alert type="error" showIcon role="alert" title={errorText(issue.error, t)} className="review-comment" />}
        onConfirm={({ text, date }) => issue.mutate({ reason: text, replyBy: date, level }, { onSuccess: () => setIssuing(false) })}
        onCancel={() => {
          setIssuing(false);
          issue.reset();
        }}
      >
        <Form.Item label={t('supervision.issue.level')}>
          <Radio.Group
            value={level}
            onChange={(event) => setLevel(event.target.value as SupervisionLevel)}
            options={SUPERVISION_LEVELS.map((value) => ({ value, label: t(`supervision.level.${value}`) }))}
          />
        </Form.Item>
      </DatedTextModal>
    </div>
  );
}

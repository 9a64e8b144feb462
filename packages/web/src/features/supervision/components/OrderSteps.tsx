import { Steps, Timeline } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/useFormat';
import type { StepActor, SupervisionOrder } from '@plantrack/contract/supervision/supervision-orders.contract';

type StepState = 'wait' | 'process' | 'finish' | 'error';

const PATH = ['issue', 'acknowledge', 'answer', 'review', 'close'] as const;

/** How far along the path 下发 → 签收 → 反馈 → 审核/退回 → 办结销号 the order is. */
function stepStates(order: SupervisionOrder): Record<(typeof PATH)[number], StepState> {
  const done = { issued: 1, acknowledged: 2, answered: 3, returned: 3, closed: 5 }[order.status];
  const states = Object.fromEntries(PATH.map((step, index) => [step, index < done ? 'finish' : index === done ? 'process' : 'wait'])) as Record<
    (typeof PATH)[number],
    StepState
  >;
  if (order.status === 'returned') {
    // Returned: the review step shows the return, and the department answers again.
    states.answer = 'process';
    states.review = 'error';
  }
  return states;
}

/** The order's path as steps, each with who took it and when; with `history`, every step taken, oldest first. */
export function OrderSteps({ order }: { order: SupervisionOrder }) {
  const { t } = useTranslation();
  const format = useFormat();
  const states = stepStates(order);
  const who = (actor: StepActor | null, at: string | null) => (actor && at ? `${actor.displayName} · ${format.dateTime(at)}` : undefined);
  const contents: Record<(typeof PATH)[number], string | undefined> = {
    issue: who(order.issuedBy, order.issuedAt),
    acknowledge: who(order.acknowledgedBy, order.acknowledgedAt),
    answer: who(order.answeredBy, order.answeredAt),
    review: order.status === 'returned' ? t('supervision.step.returned') : undefined,
    close: who(order.closedBy, order.closedAt),
  };
  return (
    <>
      <div role="group" aria-label={t('supervision.detail.path')} className="supervision-steps">
        <Steps
          size="small"
          responsive
          items={PATH.map((step) => ({
            key: step,
            title: t(`supervision.step.${step}`),
            status: states[step],
            content: contents[step],
          }))}
        />
      </div>
      {order.history && order.history.length > 0 && (
        <>
          <h3 className="item-report__heading">{t('supervision.detail.history')}</h3>
          <Timeline
            items={order.history.map((event, index) => ({
              key: `${event.at}-${index}`,
              color: event.action === 'return' ? 'red' : event.action === 'close' ? 'green' : 'blue',
              title: format.dateTime(event.at),
              content: (
                <>
                  <strong>{t(`supervision.action.${event.action}`)}</strong>
                  {event.actor && <> · {event.actor.displayName}</>}
                  {event.text && <div className="supervision-history__text">{event.text}</div>}
                </>
              ),
            }))}
          />
        </>
      )}
    </>
  );
}

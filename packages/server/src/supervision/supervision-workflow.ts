import type { SupervisionEventAction } from '@plantrack/contract/supervision/supervision-orders.contract';
import type { SupervisionLevel, SupervisionStatus } from '../db/schema.js';

/**
 * The path of a supervision order (督办单): the office issues it → a department acknowledges (签收) →
 * the lead department answers by the reply date (反馈) → the office returns it for a better answer
 * (退回, answered again) or closes it (办结销号). Pure: no I/O, no clock. The steps after the issue are
 * named as the order's history (the contract's event actions) names them.
 */
export type SupervisionAction = Exclude<SupervisionEventAction, 'issue'>;

const TRANSITIONS: Record<SupervisionAction, { from: readonly SupervisionStatus[]; to: SupervisionStatus }> = {
  acknowledge: { from: ['issued'], to: 'acknowledged' },
  answer: { from: ['acknowledged', 'returned'], to: 'answered' },
  return: { from: ['answered'], to: 'returned' },
  close: { from: ['answered'], to: 'closed' },
};

/** The status after `action`, or null when the action is not allowed from `status`. */
export function nextSupervisionStatus(status: SupervisionStatus, action: SupervisionAction): SupervisionStatus | null {
  const transition = TRANSITIONS[action];
  return transition.from.includes(status) ? transition.to : null;
}

export function statusesAllowing(action: SupervisionAction): readonly SupervisionStatus[] {
  return TRANSITIONS[action].from;
}

/** Overdue: the reply date has passed (dates compared as `YYYY-MM-DD` in Asia/Shanghai) and the order is still open. */
export function isSupervisionOrderOverdue(order: { status: SupervisionStatus; replyBy: string }, today: string): boolean {
  return order.status !== 'closed' && order.replyBy < today;
}

export const SUPERVISION_LEVEL_LABELS_ZH: Record<SupervisionLevel, string> = { normal: '一般督办', yellow: '黄牌督办', red: '红牌督办' };

export const SUPERVISION_STATUS_LABELS_ZH: Record<SupervisionStatus, string> = {
  issued: '已下发',
  acknowledged: '已签收',
  answered: '已反馈',
  returned: '已退回',
  closed: '已办结',
};

/**
 * Warnings (预警) derived from computed statuses and dates, never typed in. Each carries a Chinese
 * message that names the item and the reason, ready for the warnings list and the bulletin.
 */
import { dayNumber, formatDateZh } from './dates.js';
import type { IndicatorProgress } from './indicator-progress.js';
import { INDICATOR_STATUS_LABELS_EN, INDICATOR_STATUS_LABELS_ZH } from './indicator-status-labels.js';
import { formatPeriodZh } from './periods.js';
import type { ScheduleStatusResult } from './schedule-status.js';
import { SCHEDULE_STATUS_LABELS_EN, SCHEDULE_STATUS_LABELS_ZH } from './schedule-status-labels.js';

export const WARNING_KINDS = ['not_reported', 'seriously_behind', 'supervision_overdue', 'indicator_at_risk', 'report_overdue', 'slightly_behind'] as const;

export type WarningKind = (typeof WARNING_KINDS)[number];
export const WARNING_LEVELS = ['yellow', 'red'] as const;
export type WarningLevel = (typeof WARNING_LEVELS)[number];
export const WARNING_SUBJECT_TYPES = ['item', 'indicator', 'supervision_order'] as const;

export interface Warning {
  kind: WarningKind;
  level: WarningLevel;
  subject: { type: (typeof WARNING_SUBJECT_TYPES)[number]; id: string };
  period: string | null;
  messageZh: string;
  messageEn: string;
}

/** A due date is met through its whole day: overdue starts the day after. */
function isAfter(today: string, dueDate: string): boolean {
  return dayNumber(today) > dayNumber(dueDate);
}

export interface ItemRef {
  id: string;
  title: string;
}

type StatusFacts = Pick<ScheduleStatusResult, 'status' | 'reasonZh' | 'reasonEn'>;

/** Yellow for slightly behind; red for seriously behind and for a closed cycle with no report. */
export function warningForSchedule(item: ItemRef, period: string, result: StatusFacts): Warning | null {
  const { status } = result;
  if (status !== 'slightly_behind' && status !== 'seriously_behind' && status !== 'not_reported') {
    return null;
  }
  return {
    kind: status,
    level: status === 'slightly_behind' ? 'yellow' : 'red',
    subject: { type: 'item', id: item.id },
    period,
    messageZh: `${item.title}（${formatPeriodZh(period)}）${SCHEDULE_STATUS_LABELS_ZH[status]}：${result.reasonZh}`,
    messageEn: `${item.title} (${period}) ${SCHEDULE_STATUS_LABELS_EN[status].toLowerCase()}: ${result.reasonEn}`,
  };
}

export interface ReportDue {
  item: ItemRef;
  period: string;
  /** The reporting cycle's deadline, `YYYY-MM-DD`. */
  deadline: string;
  /** Date the current version was submitted (Asia/Shanghai); null if it has not been. */
  submittedOn: string | null;
  isCycleClosed: boolean;
}

/**
 * Yellow while the cycle is still open: a late report can still come in. Once the cycle closes,
 * the schedule status becomes not reported (red) and this warning gives way to that one.
 */
export function warningForReport(report: ReportDue, today: string): Warning | null {
  if (report.submittedOn !== null || report.isCycleClosed || !isAfter(today, report.deadline)) {
    return null;
  }
  const { item, period, deadline } = report;
  return {
    kind: 'report_overdue',
    level: 'yellow',
    subject: { type: 'item', id: item.id },
    period,
    messageZh: `${item.title}（${formatPeriodZh(period)}）报送截止日期${formatDateZh(deadline)}已过，尚未报送`,
    messageEn: `${item.title} (${period}): the reporting deadline ${deadline} has passed with no report submitted`,
  };
}

export interface SupervisionOrderRef {
  id: string;
  /** The order's number as printed (督办单编号), when it has one. */
  code?: string | null;
  title: string;
  /** The date the department must answer by, `YYYY-MM-DD`. */
  replyBy: string;
  isClosed: boolean;
}

export function warningForSupervisionOrder(order: SupervisionOrderRef, today: string): Warning | null {
  if (order.isClosed || !isAfter(today, order.replyBy)) return null;
  const code = order.code ? `（${order.code}）` : '';
  return {
    kind: 'supervision_overdue',
    level: 'red',
    subject: { type: 'supervision_order', id: order.id },
    period: null,
    messageZh: `督办单${code}“${order.title}”回复期限${formatDateZh(order.replyBy)}已过，尚未办结`,
    messageEn: `Supervision order${order.code ? ` ${order.code}` : ''} "${order.title}" is past its reply-by date ${order.replyBy} and not closed`,
  };
}

export interface IndicatorRef {
  id: string;
  name: string;
}

export type TargetKind = 'provincial' | 'stretch';

const TARGET_ZH: Record<TargetKind, string> = { provincial: '省定目标', stretch: '冲击目标' };
const TARGET_EN: Record<TargetKind, string> = { provincial: 'provincial target', stretch: 'stretch target' };

type ProgressFacts = Pick<IndicatorProgress, 'status' | 'reasonZh' | 'reasonEn'>;

/** Limited progress is yellow (still the right way, too slowly); moving away from target is red. */
export function warningForIndicator(indicator: IndicatorRef, target: TargetKind, progress: ProgressFacts, period: string | null = null): Warning | null {
  const { status } = progress;
  if (status !== 'limited' && status !== 'deteriorating') return null;
  return {
    kind: 'indicator_at_risk',
    level: status === 'deteriorating' ? 'red' : 'yellow',
    subject: { type: 'indicator', id: indicator.id },
    period,
    messageZh: `${indicator.name}对照${TARGET_ZH[target]}${INDICATOR_STATUS_LABELS_ZH[status]}：${progress.reasonZh}`,
    messageEn: `${indicator.name}, against the ${TARGET_EN[target]}: ${INDICATOR_STATUS_LABELS_EN[status].toLowerCase()}. ${progress.reasonEn}`,
  };
}

export interface WarningSources {
  schedules?: readonly { item: ItemRef; period: string; result: StatusFacts }[];
  reports?: readonly ReportDue[];
  supervisionOrders?: readonly SupervisionOrderRef[];
  indicators?: readonly { indicator: IndicatorRef; target: TargetKind; progress: ProgressFacts; period?: string | null }[];
}

/** Every warning from the given facts, red before yellow, then in WARNING_KINDS order. */
export function collectWarnings(sources: WarningSources, today: string): Warning[] {
  const found = [
    ...(sources.schedules ?? []).map((s) => warningForSchedule(s.item, s.period, s.result)),
    ...(sources.reports ?? []).map((r) => warningForReport(r, today)),
    ...(sources.supervisionOrders ?? []).map((o) => warningForSupervisionOrder(o, today)),
    ...(sources.indicators ?? []).map((i) => warningForIndicator(i.indicator, i.target, i.progress, i.period)),
  ];
  return found.filter((w): w is Warning => w !== null).sort(compareWarnings);
}

export function compareWarnings(a: Warning, b: Warning): number {
  const byLevel = (a.level === 'red' ? 0 : 1) - (b.level === 'red' ? 0 : 1);
  return byLevel || WARNING_KINDS.indexOf(a.kind) - WARNING_KINDS.indexOf(b.kind);
}

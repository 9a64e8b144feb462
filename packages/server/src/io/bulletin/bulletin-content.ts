import {
  compareScheduleSeverity,
  formatPeriodZh,
  INDICATOR_STATUS_LABELS_ZH,
  periodStartDate,
  periodFromIndex,
  periodIndex,
  SCHEDULE_STATUS_LABELS_ZH,
  todayInShanghai,
} from '@plantrack/domain';
import type { ScheduleStatus } from '@plantrack/domain';
import type { Actor } from '../../auth/actor.js';
import { scopeOf } from '../../auth/actor.js';
import { getDashboardSummary } from '../../dashboard/dashboard.service.js';
import { scheduleOfItems } from '../../dashboard/item-schedules.js';
import type { StatusCounts } from '../../dashboard/status-counts.js';
import type { Db } from '../../db/database.js';
import { getCurrentPlan } from '../../plan/plans.service.js';
import * as repo from './bulletin.repository.js';

/**
 * Everything the quarterly bulletin (季度通报) says, as plain data: the same computed statuses,
 * ranking and indicator assessments as the dashboard (getDashboardSummary), so the Word document and
 * the screen never disagree. Nothing is written here that the data does not say.
 */
export interface BulletinContent {
  organisationName: string;
  planTitle: string;
  period: string;
  periodLabel: string;
  issuedOn: string;
  /** Set when the plan is sample data (示例数据): the document must say so on its first page. */
  sampleNotice: string | null;
  isSample: boolean;
  totals: StatusCounts;
  byLedger: { label: string; counts: StatusCounts }[];
  lagging: { code: string; title: string; department: string | null; statusLabel: string; reason: string; problems: string | null }[];
  indicatorsAtRisk: { code: string; name: string; target: string; statusLabel: string; reason: string }[];
  ranking: { rank: number | null; name: string; total: number | null; itemCount: number }[];
  supervisionOrders: { code: string; itemCode: string; itemTitle: string; department: string | null; replyBy: string; statusLabel: string }[];
}

const LAGGING: readonly ScheduleStatus[] = ['not_reported', 'seriously_behind', 'slightly_behind'];
const ORDER_STATUS_ZH: Record<string, string> = { issued: '已交办', acknowledged: '已签收', answered: '已反馈', returned: '已退回', closed: '已办结' };
const TARGETS_ZH = { provincial: '省定目标', stretch: '冲击目标', plan: '计划目标' } as const;

export async function gatherBulletin(db: Db, actor: Actor, period: string): Promise<BulletinContent> {
  const plan = await getCurrentPlan(db, actor);
  const [summary, schedules, organisationName] = await Promise.all([
    getDashboardSummary(db, actor, period),
    scheduleOfItems(db, actor, plan, { planId: plan.id, scope: scopeOf(actor) }, period),
    repo.findOrganisationName(db, actor.organisationId),
  ]);
  const laggingIds = [...schedules].filter(([, s]) => LAGGING.includes(s.status)).map(([id]) => id);
  const [laggingItems, orders] = await Promise.all([
    repo.findItemsWithReportProblems(db, plan.id, laggingIds, period),
    repo.findSupervisionOrdersOfQuarter(db, plan.id, quarterStart(period), quarterStart(periodAfter(period))),
  ]);
  const lagging = laggingItems
    .map((item) => ({ item, schedule: schedules.get(item.id)! }))
    .sort((a, b) => compareScheduleSeverity(a.schedule.status, b.schedule.status) || a.item.code.localeCompare(b.item.code, 'en', { numeric: true }))
    .map(({ item, schedule }) => ({
      code: item.code,
      title: item.title,
      department: item.departmentName,
      statusLabel: SCHEDULE_STATUS_LABELS_ZH[schedule.status],
      reason: schedule.reasonZh,
      problems: item.reportProblems,
    }));
  return {
    organisationName,
    planTitle: plan.title,
    period,
    periodLabel: formatPeriodZh(period),
    issuedOn: todayInShanghai(),
    isSample: plan.isSample === 1,
    sampleNotice: plan.isSample === 1 ? (plan.sampleNotice ?? '') : null,
    totals: summary.totals,
    byLedger: summary.byLedger.map((group) => ({ label: group.label, counts: group.counts })),
    lagging,
    indicatorsAtRisk: summary.indicatorsAtRisk.flatMap((indicator) =>
      (['provincial', 'stretch', 'plan'] as const).flatMap((target) => {
        const progress = indicator.assessment[target];
        if (!progress || (progress.status !== 'limited' && progress.status !== 'deteriorating')) return [];
        return [
          {
            code: indicator.code,
            name: indicator.name,
            target: TARGETS_ZH[target],
            statusLabel: INDICATOR_STATUS_LABELS_ZH[progress.status],
            reason: progress.reasonZh,
          },
        ];
      }),
    ),
    ranking: summary.ranking.map((row) => ({ rank: row.rank, name: row.name, total: row.total, itemCount: row.itemCount })),
    supervisionOrders: orders.map((order) => ({
      code: order.code,
      itemCode: order.itemCode,
      itemTitle: order.itemTitle,
      department: order.departmentName,
      replyBy: order.replyBy,
      statusLabel: ORDER_STATUS_ZH[order.status] ?? order.status,
    })),
  };
}

/** The instant a quarter begins in Asia/Shanghai, as the ISO text timestamps are stored in. */
function quarterStart(period: string): string {
  return new Date(`${periodStartDate(period)}T00:00:00+08:00`).toISOString();
}

function periodAfter(period: string): string {
  const next = periodFromIndex(periodIndex(period) + 1);
  return `${next.year}Q${next.quarter}`;
}

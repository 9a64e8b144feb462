import { formatPeriodZh, periodFromIndex, periodIndex, periodStartDate, todayInShanghai } from '@plantrack/domain';
import type { DepartmentScoreComponents } from '@plantrack/domain';
import type { Actor } from '../../auth/actor.js';
import { scopeOf } from '../../auth/actor.js';
import { getDashboardSummary } from '../../dashboard/dashboard.service.js';
import { scheduleOfItems } from '../../schedule/item-schedules.js';
import { filterItems } from '../../items/items.repository.js';
import type { StatusCounts } from '../../dashboard/status-counts.js';
import type { Db } from '../../db/database.js';
import { assessIndicators } from '../../indicators/indicators.service.js';
import { getCurrentPlan } from '../../plan/plans.service.js';
import type { BulletinSettings } from '@plantrack/contract/settings/settings.contract';
import { getBulletinSettings } from '../../settings/bulletin-settings.service.js';
import { findOrganisationName } from '../../settings/settings.repository.js';
import { indicatorRows } from './bulletin-indicators.js';
import { changesSince, groupLagging, isLagging } from './bulletin-lagging.js';
import type { LaggingGroup } from './bulletin-lagging.js';
import type { BulletinIndicatorRow } from './bulletin-indicators.js';
import * as repo from './bulletin.repository.js';
import { SUPERVISION_STATUS_LABELS_ZH } from '../../supervision/supervision-workflow.js';

/**
 * Everything the quarterly bulletin (季度通报) says, as plain data: the same computed statuses,
 * ranking and indicator assessments as the dashboard (getDashboardSummary), so the Word document and
 * the screen never disagree. Nothing is written here that the data does not say.
 */
export interface BulletinContent {
  organisationName: string;
  planTitle: string;
  /** 通报事由 after the quarter: 全市深化……发展 (关于2024年第二季度<subject>推进情况的通报). */
  subject: string;
  period: string;
  periodLabel: string;
  /** The quarter before, when it lies within the plan: what "change since last quarter" compares with. */
  previousPeriodLabel: string | null;
  issuedOn: string;
  documentNumber: string;
  settings: BulletinSettings;
  /** Set when the plan is sample data (示例数据): the document must say so on its first page. */
  sampleNotice: string | null;
  isSample: boolean;
  /** False when no progress report of the quarter is approved yet: the statuses say nothing then. */
  hasApprovedReports: boolean;
  totals: StatusCounts;
  changes: { newlyLagging: number; laggingTwoQuarters: number; newlyCompleted: number } | null;
  byArea: { label: string; shortLabel: string; counts: StatusCounts }[];
  indicators: BulletinIndicatorRow[];
  ranking: BulletinRankingRow[];
  /** Lagging items by 分管市领导, then lead department, the worst first. */
  laggingByLeader: LaggingGroup[];
  laggingCount: number;
  supervisionOrders: { code: string; itemCode: string; itemTitle: string; department: string | null; replyBy: string; statusLabel: string }[];
}

export interface BulletinRankingRow {
  rank: number | null;
  previousRank: number | null;
  name: string;
  components: DepartmentScoreComponents;
  indicatorRankPoints: number | null;
  total: number | null;
  itemCount: number;
}

export interface BulletinOptions {
  /** The 发文字号 serial (given by the caller, or the one assignBulletinNumber keeps for the quarter). */
  documentNumber: number;
  /** 成文日期, YYYY-MM-DD (default today in Asia/Shanghai). */
  issuedOn?: string;
}

export async function gatherBulletin(db: Db, actor: Actor, period: string, options: BulletinOptions): Promise<BulletinContent> {
  const plan = await getCurrentPlan(db, actor);
  const previous = periodBefore(period);
  const hasPrevious = periodIndex(previous) >= periodIndex(`${plan.startYear}Q1`);
  const filter = { planId: plan.id, scope: scopeOf(actor) };
  const [summary, previousSummary, schedules, previousSchedules, organisationName, settings, approvedCount, indicators, values] = await Promise.all([
    getDashboardSummary(db, actor, period),
    hasPrevious ? getDashboardSummary(db, actor, previous) : null,
    scheduleOfItems(db, actor, plan, filterItems(db, filter), period),
    hasPrevious ? scheduleOfItems(db, actor, plan, filterItems(db, filter), previous) : null,
    findOrganisationName(db, actor.organisationId),
    getBulletinSettings(db, actor.organisationId),
    repo.countApprovedReports(db, plan.id, period),
    assessIndicators(db, actor, period),
    repo.findApprovedIndicatorValuesUpTo(db, plan.id, period),
  ]);
  const hasApprovedReports = approvedCount > 0;
  const laggingIds = [...schedules].filter(([, s]) => isLagging(s)).map(([id]) => id);
  const [laggingItems, orders] = await Promise.all([
    hasApprovedReports ? repo.findItemsWithReportProblems(db, plan.id, laggingIds, period) : [],
    repo.findSupervisionOrdersOfQuarter(db, plan.id, quarterStart(period), quarterStart(periodAfter(period))),
  ]);
  const previousRanks = new Map((previousSummary?.ranking ?? []).map((row) => [row.departmentId, row.rank]));
  const issuedOn = options.issuedOn ?? todayInShanghai();
  return {
    organisationName,
    planTitle: plan.title,
    subject: subjectOf(plan.title, organisationName),
    period,
    periodLabel: formatPeriodZh(period),
    previousPeriodLabel: hasPrevious ? formatPeriodZh(previous) : null,
    issuedOn,
    documentNumber: `${settings.numberPrefix}〔${issuedOn.slice(0, 4)}〕${options.documentNumber}号`,
    settings,
    isSample: plan.isSample === 1,
    sampleNotice: plan.isSample === 1 ? (plan.sampleNotice ?? '') : null,
    hasApprovedReports,
    totals: summary.totals,
    changes: previousSchedules ? changesSince(schedules, previousSchedules) : null,
    byArea: [...summary.byArea]
      .sort((a, b) => a.key.localeCompare(b.key, 'en', { numeric: true }))
      .map((group) => ({ label: group.label, shortLabel: shortAreaLabel(group.label), counts: group.counts })),
    indicators: indicatorRows(indicators, values, period),
    ranking: summary.ranking.map((row) => ({
      rank: row.rank,
      previousRank: previousRanks.get(row.departmentId) ?? null,
      name: row.name,
      components: row.components,
      indicatorRankPoints: row.indicatorRankPoints,
      total: row.total,
      itemCount: row.itemCount,
    })),
    laggingByLeader: groupLagging(laggingItems, schedules, previousSchedules),
    laggingCount: laggingItems.length,
    supervisionOrders: orders.map((order) => ({
      code: order.code,
      itemCode: order.itemCode,
      itemTitle: order.itemTitle,
      department: order.departmentName,
      replyBy: order.replyBy,
      statusLabel: SUPERVISION_STATUS_LABELS_ZH[order.status],
    })),
  };
}

/**
 * The plan's name as the title's subject: 威海市深化…发展三年行动计划（2023—2025年） →
 * 全市深化…发展 (the city is the issuer's own; the plan's years are not the quarter's).
 */
export function subjectOf(planTitle: string, organisationName: string): string {
  let subject = planTitle.replace(/[（(][^（）()]*\d{4}[^（）()]*[）)]\s*$/, '').trim();
  subject = subject.replace(/(三年|五年)?行动(计划|方案)$/, '');
  if (organisationName && subject.startsWith(organisationName)) subject = `全${organisationName.at(-1)}${subject.slice(organisationName.length)}`;
  return subject.length >= 2 ? subject : planTitle;
}

/** "一、深化科技创新引领，建设国家创新型城市" → "一、深化科技创新引领" for the chart's axis. */
function shortAreaLabel(label: string): string {
  const [head = label] = label.split(/[，,；;]/);
  return head.length > 12 ? `${head.slice(0, 11)}…` : head;
}

function periodBefore(period: string): string {
  const before = periodFromIndex(periodIndex(period) - 1);
  return `${before.year}Q${before.quarter}`;
}

function periodAfter(period: string): string {
  const next = periodFromIndex(periodIndex(period) + 1);
  return `${next.year}Q${next.quarter}`;
}

/** The instant a quarter begins in Asia/Shanghai, as the ISO text timestamps are stored in. */
function quarterStart(period: string): string {
  return new Date(`${periodStartDate(period)}T00:00:00+08:00`).toISOString();
}

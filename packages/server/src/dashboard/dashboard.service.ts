import type { DashboardSummary } from '@plantrack/contract/dashboard/dashboard.contract';
import { collectWarnings, formatPeriodZh, resolveSettings, todayInShanghai } from '@plantrack/domain';
import type { Actor } from '../auth/actor.js';
import { scopeOf } from '../auth/actor.js';
import type { Db } from '../db/database.js';
import { assessIndicators } from '../indicators/indicators.service.js';
import { getCurrentPlan } from '../plan/plans.service.js';
import { filterItems } from '../items/items.repository.js';
import { defaultPeriod } from '../schedule/default-period.js';
import { evaluateItems } from '../schedule/evaluate-items.js';
import type { EvaluatedItem } from '../schedule/evaluate-items.js';
import { getRuleOverrides } from '../settings/settings.service.js';
import { rankDepartmentsFor } from './department-ranking.js';
import { findIndicatorRanksUpTo, findLedgerMemberships, findOpenSupervisionOrders } from './dashboard.repository.js';
import { indicatorOverview } from './indicator-overview.js';
import { chainCounts, groupCounts, totalCounts } from './status-counts.js';
import { countWarnings } from './warnings.js';
import type { DashboardEvaluation } from './warnings.js';
import type { GroupKey } from './status-counts.js';

function groupsOf(items: EvaluatedItem[], memberships: { itemId: number; kind: string; shortName: string }[], base: Record<string, string>) {
  const ledgersOf = new Map<number, { kind: string; shortName: string }[]>();
  for (const m of memberships) ledgersOf.set(m.itemId, [...(ledgersOf.get(m.itemId) ?? []), m]);
  const narrowed = <Group extends { filter: Record<string, string> }>(groups: Group[]) =>
    groups.map((group) => ({ ...group, filter: { ...base, ...group.filter } }));
  const groups = {
    byArea: groupCounts(items, ({ item }): GroupKey[] => [
      item.areaCode
        ? { key: item.areaCode, label: `${item.areaNumeral}、${item.areaTitle}`, filter: { area: item.areaCode } }
        : { key: 'none', label: '未分领域', filter: {} },
    ]),
    byDepartment: groupCounts(items, ({ item }): GroupKey[] => [
      item.leadDepartmentId !== null
        ? { key: String(item.leadDepartmentId), label: item.leadDepartmentShortName ?? '', filter: { department: String(item.leadDepartmentId) } }
        : { key: 'none', label: '未明确责任部门', filter: { chain: 'incomplete' } },
    ]),
    byLeader: groupCounts(items, ({ item }): GroupKey[] => [
      item.leaderPersonId !== null
        ? { key: String(item.leaderPersonId), label: item.leaderName ?? '', filter: { leader: String(item.leaderPersonId) } }
        : { key: 'none', label: '未明确分管市领导', filter: { chain: 'incomplete' } },
    ]),
    byLedger: groupCounts(items, ({ item }): GroupKey[] =>
      (ledgersOf.get(item.id) ?? []).map((l) => ({ key: l.kind, label: l.shortName, filter: { ledger: l.kind } })),
    ),
  };
  return {
    byArea: narrowed(groups.byArea),
    byDepartment: narrowed(groups.byDepartment),
    byLeader: narrowed(groups.byLeader),
    byLedger: narrowed(groups.byLedger),
  };
}

/**
 * The whole plan at a glance for a quarter: status counts by area, department, leader and ledger,
 * all warnings, department ranking and indicators at risk — everything computed from approved data.
 * Server-side readers (portfolio, bulletin) use every warning; the summary route sends the first few.
 */
export async function getDashboardSummary(db: Db, actor: Actor, asOf?: string, narrow: { leaderPersonId?: number } = {}): Promise<DashboardSummary> {
  return (await evaluateDashboard(db, actor, asOf, narrow)).summary;
}

/** The summary with every warning, and the lead department each warning belongs to (to page and filter them). */
export async function evaluateDashboard(db: Db, actor: Actor, asOf?: string, narrow: { leaderPersonId?: number } = {}): Promise<DashboardEvaluation> {
  const plan = await getCurrentPlan(db, actor);
  const period = asOf ?? defaultPeriod(plan);
  const base: Record<string, string> = narrow.leaderPersonId === undefined ? {} : { leader: String(narrow.leaderPersonId) };
  const rules = resolveSettings(await getRuleOverrides(db, actor.organisationId));
  const scope = {
    planId: plan.id,
    planStartYear: plan.startYear,
    planEndYear: plan.endYear,
    items: filterItems(db, { planId: plan.id, scope: scopeOf(actor), ...narrow }),
    settings: rules,
  };
  const [evaluation, memberships, orders, indicators, ranks] = await Promise.all([
    evaluateItems(db, scope, period),
    findLedgerMemberships(db, plan.id),
    findOpenSupervisionOrders(db, plan.id),
    assessIndicators(db, actor, period, narrow),
    findIndicatorRanksUpTo(db, plan.id, period),
  ]);
  const visibleItems = new Set(evaluation.items.map(({ item }) => item.id));
  const visibleOrders = orders.filter((order) => visibleItems.has(order.itemId));
  const warnings = collectWarnings(
    {
      schedules: evaluation.items.map(({ item, result }) => ({ item: { id: String(item.id), title: item.title }, period, result })),
      reports: evaluation.cycle
        ? evaluation.items
            .filter(({ result }) => result.status !== 'not_started' && result.status !== 'completed')
            .map(({ item, currentReport }) => ({
              item: { id: String(item.id), title: item.title },
              period,
              deadline: evaluation.cycle!.deadline,
              submittedOn: currentReport?.submittedAt ? todayInShanghai(new Date(currentReport.submittedAt)) : null,
              isCycleClosed: evaluation.cycle!.status === 'closed',
            }))
        : [],
      supervisionOrders: visibleOrders.map((o) => ({
        id: String(o.id),
        code: o.code,
        title: o.itemTitle,
        replyBy: o.replyBy,
        isClosed: o.status === 'closed',
      })),
      indicators: indicators.flatMap((indicator) =>
        (['provincial', 'stretch'] as const).flatMap((target) => {
          const progress = indicator.assessment[target] ?? (target === 'provincial' ? indicator.assessment.plan : null);
          return progress ? [{ indicator: { id: String(indicator.id), name: indicator.name }, target, progress, period }] : [];
        }),
      ),
    },
    evaluation.today,
  );
  // A warning's department: the item's lead department, directly or through its indicator or supervision order.
  const departmentOf = new Map<string, number | null>([
    ...evaluation.items.map(({ item }) => [`item:${item.id}`, item.leadDepartmentId] as const),
    ...indicators.map((indicator) => [`indicator:${indicator.id}`, indicator.leadDepartment?.id ?? null] as const),
    ...visibleOrders.map((order) => [`supervision_order:${order.id}`, order.leadDepartmentId] as const),
  ]);
  const summary: DashboardSummary = {
    asOf: period,
    asOfLabel: formatPeriodZh(period),
    today: evaluation.today,
    cycle: evaluation.cycle ? { id: evaluation.cycle.id, status: evaluation.cycle.status, deadline: evaluation.cycle.deadline } : null,
    // What narrows every number here (a leader's portfolio): links to the items carry it too.
    filter: base,
    totals: totalCounts(evaluation.items),
    ...groupsOf(evaluation.items, memberships, base),
    warnings,
    warningCounts: countWarnings(warnings),
    ranking: rankDepartmentsFor(evaluation, visibleOrders, ranks, rules),
    chain: chainCounts(evaluation.items),
    indicators: indicatorOverview(indicators),
    indicatorsAtRisk: indicators
      .filter((i) => ['limited', 'deteriorating'].includes((i.assessment.provincial ?? i.assessment.plan)?.status ?? ''))
      .map((i) => ({ id: i.id, code: i.code, name: i.name, assessment: i.assessment })),
  };
  return { summary, warningDepartments: warnings.map((w) => departmentOf.get(`${w.subject.type}:${w.subject.id}`) ?? null) };
}

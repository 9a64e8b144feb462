import type { Roadmap, RoadmapCell, RoadmapCellMilestones, RoadmapCellQuery, RoadmapMilestone } from '@plantrack/contract/dashboard/dashboard.contract';
import { formatPeriodZh, parsePeriod, percentFromBp, periodOfDate, periodsOfYears, resolveSettings, todayInShanghai } from '@plantrack/domain';
import type { Actor } from '../auth/actor.js';
import { scopeOf } from '../auth/actor.js';
import type { Db } from '../db/database.js';
import type { ItemFilter } from '../items/items.repository.js';
import { filterItems } from '../items/items.repository.js';
import { findAreasOfPlan } from '../plan/plans.repository.js';
import type { PlanRow } from '../plan/plans.service.js';
import { getCurrentPlan } from '../plan/plans.service.js';
import { getRuleOverrides } from '../settings/settings.service.js';
import { AppError, notFound } from '../shared/app-error.js';
import { defaultPeriod } from '../schedule/default-period.js';
import type { EvaluatedItem, EvaluationScope } from '../schedule/evaluate-items.js';
import { evaluateItems } from '../schedule/evaluate-items.js';
import { presentScheduleResult } from '../schedule/item-schedules.js';
import type { CellPlannedQuarterRow } from './roadmap.repository.js';
import { findCellPlannedQuarters, findPlannedQuarters } from './roadmap.repository.js';
import { emptyCounts, totalCounts } from './status-counts.js';

/** The row (and cell `area` key) of the items outside every area. */
const NO_AREA = 'none';
const NO_AREA_LABEL = '未分领域';

/** A milestone of the advancement plan in its quarter, judged by the same rule as everywhere else. */
function presentMilestone({ item, result }: EvaluatedItem, planned: CellPlannedQuarterRow): RoadmapMilestone {
  return {
    item: { id: item.id, code: item.code, title: item.title, leadDepartment: item.leadDepartmentShortName },
    milestone: planned.milestone,
    plannedPercent: percentFromBp(planned.cumulativeBp),
    ...presentScheduleResult(result),
  };
}

/** The year asked for, or the current one kept inside the plan; a year outside the plan is refused. */
function yearOf(plan: PlanRow, year: number | undefined, today: string): number {
  const chosen = year ?? parsePeriod(defaultPeriod(plan, today)).year;
  if (chosen < plan.startYear || chosen > plan.endYear) {
    throw new AppError('VALIDATION_FAILED', { field: 'year', reason: `the plan runs ${plan.startYear}–${plan.endYear}` });
  }
  return chosen;
}

/** What the rule evaluates: the plan's items the actor may see (a department: its own), narrowed by `filter`. */
async function evaluationScope(db: Db, actor: Actor, plan: PlanRow, filter: Partial<ItemFilter> = {}): Promise<EvaluationScope> {
  return {
    planId: plan.id,
    planStartYear: plan.startYear,
    planEndYear: plan.endYear,
    items: filterItems(db, { ...filter, planId: plan.id, scope: scopeOf(actor) }),
    settings: resolveSettings(await getRuleOverrides(db, actor.organisationId)),
  };
}

/**
 * The roadmap (施工路线图) of one year: the plan's areas × the year's quarters; in each cell the status
 * counts of all the area's items and how many milestones the advancement plans set for that quarter
 * (the milestones themselves come a cell at a time, `getRoadmapCell`: the whole year's would weigh
 * megabytes at city scale). A fixed number of queries: four evaluations (one per quarter; an item's
 * status depends on the quarter), one for the planned quarters, one for the areas.
 */
export async function getRoadmap(db: Db, actor: Actor, year?: number): Promise<Roadmap> {
  const plan = await getCurrentPlan(db, actor);
  const today = todayInShanghai();
  const chosen = yearOf(plan, year, today);
  const periods = periodsOfYears(chosen, chosen);
  const scope = await evaluationScope(db, actor, plan);
  const [evaluations, plannedRows, areas] = await Promise.all([
    Promise.all(periods.map((period) => evaluateItems(db, scope, period, today))),
    findPlannedQuarters(db, plan.id, periods),
    findAreasOfPlan(db, plan.id),
  ]);
  const planned = new Set(plannedRows.map((row) => `${row.itemId}|${row.period}`));
  // Cells keyed `area|period`: every evaluated item counts; the planned ones also count as a milestone.
  const cells = new Map<string, RoadmapCell>();
  for (const evaluation of evaluations) {
    for (const { item, result } of evaluation.items) {
      const key = `${item.areaCode ?? NO_AREA}|${evaluation.period}`;
      const cell = cells.get(key) ?? { period: evaluation.period, counts: emptyCounts(), milestoneCount: 0 };
      cell.counts[result.status] += 1;
      cell.counts.total += 1;
      if (planned.has(`${item.id}|${evaluation.period}`)) cell.milestoneCount += 1;
      cells.set(key, cell);
    }
  }
  const rowOf = (key: string, label: string, filter: Record<string, string>) => ({
    key,
    code: key,
    label,
    filter,
    cells: periods.map((period) => cells.get(`${key}|${period}`) ?? { period, counts: emptyCounts(), milestoneCount: 0 }),
  });
  const areaRows = areas.map((area) => rowOf(area.code, `${area.numeral}、${area.title}`, { area: area.code }));
  // Items outside every area still belong on the roadmap, in a row of their own.
  if (evaluations.some((evaluation) => evaluation.items.some(({ item }) => item.areaCode === null))) areaRows.push(rowOf(NO_AREA, NO_AREA_LABEL, {}));
  const currentPeriod = periodOfDate(today);
  return {
    year: chosen,
    years: Array.from({ length: plan.endYear - plan.startYear + 1 }, (_, index) => plan.startYear + index),
    today,
    currentPeriod,
    quarters: evaluations.map((evaluation) => ({
      period: evaluation.period,
      periodLabel: formatPeriodZh(evaluation.period),
      isCurrent: evaluation.period === currentPeriod,
      cycle: evaluation.cycle ? { id: evaluation.cycle.id, status: evaluation.cycle.status, deadline: evaluation.cycle.deadline } : null,
      counts: totalCounts(evaluation.items),
    })),
    areas: areaRows,
  };
}

/**
 * One cell's milestones, a page at a time: only the items planned in that area and quarter are
 * evaluated (one quarter, those items), so a cell costs a fraction of the year. An unknown area is
 * NOT_FOUND; a department sees its own items only, as on the roadmap.
 */
export async function getRoadmapCell(db: Db, actor: Actor, query: RoadmapCellQuery): Promise<RoadmapCellMilestones> {
  const plan = await getCurrentPlan(db, actor);
  const today = todayInShanghai();
  const period = `${yearOf(plan, query.year, today)}Q${query.quarter}`;
  const area = query.area === NO_AREA ? null : (await findAreasOfPlan(db, plan.id)).find((candidate) => candidate.code === query.area);
  if (area === undefined) throw notFound('area', query.area);
  const plannedRows = await findCellPlannedQuarters(db, plan.id, area?.id ?? null, period);
  const evaluation = await evaluateItems(db, await evaluationScope(db, actor, plan, { itemIds: plannedRows.map((row) => row.itemId) }), period, today);
  const evaluatedOf = new Map(evaluation.items.map((evaluated) => [evaluated.item.id, evaluated]));
  // Those the actor may see, in item order; only the page's are presented.
  const visible = plannedRows.filter((planned) => evaluatedOf.has(planned.itemId));
  const start = (query.page - 1) * query.pageSize;
  return {
    period,
    area: area ? { key: area.code, label: `${area.numeral}、${area.title}` } : { key: NO_AREA, label: NO_AREA_LABEL },
    milestones: visible.slice(start, start + query.pageSize).map((planned) => presentMilestone(evaluatedOf.get(planned.itemId)!, planned)),
    total: visible.length,
    page: query.page,
    pageSize: query.pageSize,
  };
}

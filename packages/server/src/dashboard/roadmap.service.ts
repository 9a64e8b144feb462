import type { Roadmap, RoadmapCell, RoadmapMilestone } from '@plantrack/contract/dashboard/dashboard.contract';
import { formatPeriodZh, parsePeriod, percentFromBp, periodOfDate, periodsOfYears, resolveSettings, todayInShanghai } from '@plantrack/domain';
import type { Actor } from '../auth/actor.js';
import { scopeOf } from '../auth/actor.js';
import type { Db } from '../db/database.js';
import { filterItems } from '../items/items.repository.js';
import { findAreasOfPlan } from '../plan/plans.repository.js';
import { getCurrentPlan } from '../plan/plans.service.js';
import { getRuleOverrides } from '../settings/settings.service.js';
import { AppError } from '../shared/app-error.js';
import { defaultPeriod } from '../schedule/default-period.js';
import type { EvaluatedItem, Evaluation } from '../schedule/evaluate-items.js';
import { evaluateItems } from '../schedule/evaluate-items.js';
import { presentScheduleResult } from '../schedule/item-schedules.js';
import type { PlannedQuarterRow } from './roadmap.repository.js';
import { findPlannedQuarters } from './roadmap.repository.js';
import { emptyCounts, totalCounts } from './status-counts.js';

const NO_AREA = 'none';

/** A milestone of the advancement plan in its quarter, judged by the same rule as everywhere else. */
function presentMilestone({ item, result }: EvaluatedItem, planned: PlannedQuarterRow): RoadmapMilestone {
  return {
    item: { id: item.id, code: item.code, title: item.title, leadDepartment: item.leadDepartmentShortName },
    milestone: planned.milestone,
    plannedPercent: percentFromBp(planned.cumulativeBp),
    ...presentScheduleResult(result),
  };
}

/**
 * The roadmap (施工路线图) of one year: the plan's areas × the year's quarters; in each cell the
 * milestones the items' advancement plans set for that quarter, each with its computed schedule status,
 * and the status counts of all the area's items. A fixed number of queries: four evaluations (one per
 * quarter), one for the planned quarters, one for the areas, whatever the number of items.
 */
export async function getRoadmap(db: Db, actor: Actor, year?: number): Promise<Roadmap> {
  const plan = await getCurrentPlan(db, actor);
  const today = todayInShanghai();
  const chosen = year ?? parsePeriod(defaultPeriod(plan, today)).year;
  if (chosen < plan.startYear || chosen > plan.endYear) {
    throw new AppError('VALIDATION_FAILED', { field: 'year', reason: `the plan runs ${plan.startYear}–${plan.endYear}` });
  }
  const periods = periodsOfYears(chosen, chosen);
  const settings = resolveSettings(await getRuleOverrides(db, actor.organisationId));
  const scope = {
    planId: plan.id,
    planStartYear: plan.startYear,
    planEndYear: plan.endYear,
    items: filterItems(db, { planId: plan.id, scope: scopeOf(actor) }),
    settings,
  };
  const [evaluations, plannedRows, areas] = await Promise.all([
    Promise.all(periods.map((period) => evaluateItems(db, scope, period, today))),
    findPlannedQuarters(db, plan.id, periods),
    findAreasOfPlan(db, plan.id),
  ]);
  const currentPeriod = periodOfDate(today);
  const cells = layOutCells(evaluations, plannedRows);
  const areaRows = areas.map((area) => ({
    key: area.code,
    code: area.code,
    label: `${area.numeral}、${area.title}`,
    filter: { area: area.code } as Record<string, string>,
    cells: periods.map((period) => cells.get(`${area.code}|${period}`) ?? { period, counts: emptyCounts(), milestones: [] }),
  }));
  // Items outside every area still belong on the roadmap, in a row of their own.
  if (evaluations.some((evaluation) => evaluation.items.some(({ item }) => item.areaCode === null))) {
    areaRows.push({
      key: NO_AREA,
      code: NO_AREA,
      label: '未分领域',
      filter: {},
      cells: periods.map((period) => cells.get(`${NO_AREA}|${period}`) ?? { period, counts: emptyCounts(), milestones: [] }),
    });
  }
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

/** Cells keyed `area|period`: every evaluated item counts; the planned ones also list their milestone. */
function layOutCells(evaluations: Evaluation[], plannedRows: PlannedQuarterRow[]): Map<string, RoadmapCell> {
  const plannedOf = new Map(plannedRows.map((row) => [`${row.itemId}|${row.period}`, row]));
  const cells = new Map<string, RoadmapCell>();
  for (const evaluation of evaluations) {
    for (const evaluated of evaluation.items) {
      const key = `${evaluated.item.areaCode ?? NO_AREA}|${evaluation.period}`;
      const cell = cells.get(key) ?? { period: evaluation.period, counts: emptyCounts(), milestones: [] };
      cell.counts[evaluated.result.status] += 1;
      cell.counts.total += 1;
      const planned = plannedOf.get(`${evaluated.item.id}|${evaluation.period}`);
      if (planned) cell.milestones.push(presentMilestone(evaluated, planned));
      cells.set(key, cell);
    }
  }
  return cells;
}

import { formatPeriodZh, SCHEDULE_STATUS_COLOURS, SCHEDULE_STATUS_LABELS_ZH, todayInShanghai } from '@plantrack/domain';
import type { MilestoneBasis, ScheduleStatus, ScheduleStatusResult, StatusColour } from '@plantrack/domain';
import type { Actor } from '../auth/actor.js';
import type { Db } from '../db/database.js';
import type { PlanRow } from '../plan/plans.service.js';
import { getRuleOverrides } from '../settings/settings.service.js';
import { evaluateRows } from './evaluate-items.js';
import type { EvaluationContext } from './evaluate-items.js';
import { findCycleByPeriod, findItemsToEvaluate } from './evaluation.repository.js';
import type { ItemsQuery, ScheduleFactsRow } from './evaluation.repository.js';

export interface ItemSchedule {
  period: string;
  periodLabel: string;
  status: ScheduleStatus;
  statusLabel: string;
  colour: StatusColour;
  /** Whose share `planned` and `actual` are: the whole task's (cumulative) or the period's year's task's (annual). */
  basis: MilestoneBasis;
  planned: number | null;
  actual: number | null;
  gap: number | null;
  reasonZh: string;
  reasonEn: string;
  isOverridden: boolean;
}

/** How a computed status leaves the API: status, label and colour, the figures and the reason in both languages. */
export function presentScheduleResult(result: ScheduleStatusResult) {
  return {
    status: result.status,
    statusLabel: SCHEDULE_STATUS_LABELS_ZH[result.status],
    colour: SCHEDULE_STATUS_COLOURS[result.status],
    basis: result.basis,
    planned: result.planned,
    actual: result.actual,
    gap: result.gap,
    reasonZh: result.reasonZh,
    reasonEn: result.reasonEn,
  };
}

function presentSchedule(period: string, periodLabel: string, result: ScheduleStatusResult): ItemSchedule {
  return { period, periodLabel, ...presentScheduleResult(result), isOverridden: result.isOverridden };
}

/**
 * The computed schedule status (with its one-sentence reason) of the items a query selects. A caller
 * that needs the rules and cycle for more than this passes them in (`context`), so they are read once.
 */
export async function scheduleOfItems(
  db: Db,
  actor: Actor,
  plan: PlanRow,
  items: ItemsQuery,
  period: string,
  context: Promise<EvaluationContext> = scheduleContext(db, actor, plan, period),
): Promise<Map<number, ItemSchedule>> {
  const [rows, evaluation] = await Promise.all([findItemsToEvaluate(items, period), context]);
  return scheduleOfRows(rows, evaluation);
}

/** What computing a status in `period` needs besides the item's own facts: the rules and the period's reporting cycle. */
export async function scheduleContext(db: Db, actor: Actor, plan: PlanRow, period: string): Promise<EvaluationContext> {
  const [overrides, cycle] = await Promise.all([getRuleOverrides(db, actor.organisationId), findCycleByPeriod(db, plan.id, period)]);
  return { period, today: todayInShanghai(), cycle, planStartYear: plan.startYear, planEndYear: plan.endYear, settings: overrides };
}

/** The statuses of rows that were read with their schedule facts (a list page): no second read of the items. */
export function scheduleOfRows(rows: readonly (ScheduleFactsRow & { id: number })[], context: EvaluationContext): Map<number, ItemSchedule> {
  const periodLabel = formatPeriodZh(context.period);
  return new Map(evaluateRows(rows, context).map(({ item, result }) => [item.id, presentSchedule(context.period, periodLabel, result)]));
}

import { formatPeriodZh, resolveSettings, SCHEDULE_STATUS_COLOURS, SCHEDULE_STATUS_LABELS_ZH } from '@plantrack/domain';
import type { ScheduleStatus, ScheduleStatusResult } from '@plantrack/domain';
import type { Actor } from '../auth/actor.js';
import type { Db } from '../db/database.js';
import type { ItemFilter } from '../items/items.repository.js';
import type { PlanRow } from '../plan/plans.service.js';
import { getRuleOverrides } from '../settings/settings.service.js';
import { evaluateItems } from './evaluate-items.js';

export interface ItemSchedule {
  period: string;
  periodLabel: string;
  status: ScheduleStatus;
  statusLabel: string;
  colour: string;
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
    planned: result.planned,
    actual: result.actual,
    gap: result.gap,
    reasonZh: result.reasonZh,
    reasonEn: result.reasonEn,
  };
}

/** The computed schedule status (with its one-sentence reason) of the items a filter selects. */
export async function scheduleOfItems(db: Db, actor: Actor, plan: PlanRow, filter: ItemFilter, period: string): Promise<Map<number, ItemSchedule>> {
  const settings = resolveSettings(await getRuleOverrides(db, actor.organisationId));
  const evaluation = await evaluateItems(db, { planId: plan.id, planStartYear: plan.startYear, planEndYear: plan.endYear, filter, settings }, period);
  return new Map(
    evaluation.items.map(({ item, result }) => [
      item.id,
      {
        period,
        periodLabel: formatPeriodZh(period),
        ...presentScheduleResult(result),
        isOverridden: result.isOverridden,
      },
    ]),
  );
}

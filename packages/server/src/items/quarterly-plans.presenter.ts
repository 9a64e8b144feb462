import type { QuarterlyPlan } from '@plantrack/contract/items/quarterly-plans.contract';
import { formatPeriodZh, percentFromBp } from '@plantrack/domain';
import type { QuarterlyPlanRow } from './quarterly-plans.repository.js';

/** Every quarter of the plan, planned or not, so the UI can lay out the whole roadmap. */
export function presentQuarterlyPlans(periods: string[], rows: QuarterlyPlanRow[]): QuarterlyPlan[] {
  const byPeriod = new Map(rows.map((row) => [row.period, row]));
  return periods.map((period) => {
    const row = byPeriod.get(period);
    return {
      period,
      periodLabel: formatPeriodZh(period),
      milestone: row?.milestone ?? null,
      cumulativePercent: percentFromBp(row?.cumulativeBp ?? null),
      basis: row?.cumulativeBp == null ? null : (row.basis ?? 'cumulative'),
      version: row?.version ?? null,
      updatedAt: row?.updatedAt ?? null,
    };
  });
}

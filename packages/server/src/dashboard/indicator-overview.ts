import { INDICATOR_STATUS_SEVERITY, INDICATOR_STATUSES } from '@plantrack/domain';
import type { IndicatorProgress, IndicatorStatus } from '@plantrack/domain';

/** Statuses the dashboard lists by name: the indicator will miss its target unless something changes. */
const AT_RISK: readonly IndicatorStatus[] = ['deteriorating', 'limited', 'acceleration_needed'];
const AT_RISK_SHOWN = 6;

interface AssessedIndicator {
  id: number;
  name: string;
  assessment: { provincial: IndicatorProgress | null; plan: IndicatorProgress | null; stretch: IndicatorProgress | null };
}

/** The target an indicator is judged by at a glance: the province's if set, else the plan's own, else the stretch target. */
export function primaryIndicatorStatus({ assessment }: AssessedIndicator): IndicatorStatus {
  return (assessment.provincial ?? assessment.plan ?? assessment.stretch)?.status ?? 'insufficient_data';
}

/**
 * The dashboard's indicator section: how many indicators stand at each status and the worst ones by
 * name. Counted here rather than in the browser, which would have to download every indicator with
 * its series to count them.
 */
export function indicatorOverview(indicators: readonly AssessedIndicator[]) {
  const assessed = indicators.map((indicator) => ({ id: indicator.id, name: indicator.name, status: primaryIndicatorStatus(indicator) }));
  const counts = Object.fromEntries(INDICATOR_STATUSES.map((status) => [status, assessed.filter((a) => a.status === status).length])) as Record<
    IndicatorStatus,
    number
  >;
  const atRisk = assessed
    .filter(({ status }) => AT_RISK.includes(status))
    .sort((a, b) => INDICATOR_STATUS_SEVERITY[b.status] - INDICATOR_STATUS_SEVERITY[a.status])
    .slice(0, AT_RISK_SHOWN);
  return { total: indicators.length, counts, atRisk };
}

import { assessIndicator, comparePeriods, computeIndicatorProgress } from '@plantrack/domain';
import type { IndicatorPoint, IndicatorProgress, IndicatorThresholds } from '@plantrack/domain';
import { INDICATOR_VALUE_KINDS } from '@plantrack/contract/enums';
import type { IndicatorValueKind } from '@plantrack/contract/enums';

interface AssessableIndicator {
  direction: 'higher_better' | 'lower_better';
  valueKind: string;
  baselineYear: number | null;
  baselineValue: string | null;
  targetYear: number | null;
  target: string | null;
  provinceTarget: string | null;
  stretchTarget: string | null;
}

interface AssessableValue {
  period: string;
  value: string | null;
  state: string;
}

/** The stored kind as the rule knows it; anything else is judged as a level. */
export function valueKindOf(text: string): IndicatorValueKind {
  return INDICATOR_VALUE_KINDS.find((kind) => kind === text) ?? 'level';
}

function pointAt(year: number | null, value: string | null): IndicatorPoint | null {
  return year === null || value === null ? null : { year, value: Number(value) };
}

/**
 * An indicator judged from its approved values up to `asOf`, against the city's plan target, the
 * provincial target and the stretch target (冲击目标) — each null where the ledger sets none.
 */
export function assessIndicatorAsOf(
  indicator: AssessableIndicator,
  values: readonly AssessableValue[],
  asOf: string | null,
  thresholds?: IndicatorThresholds,
): { plan: IndicatorProgress | null; provincial: IndicatorProgress | null; stretch: IndicatorProgress | null } {
  const series = values
    .filter((v) => v.state === 'approved' && v.value !== null && (asOf === null || comparePeriods(v.period, asOf) <= 0))
    .map((v) => ({ period: v.period, value: Number(v.value) }));
  const year = indicator.targetYear;
  const common = {
    baseline: pointAt(indicator.baselineYear, indicator.baselineValue),
    series,
    direction: indicator.direction,
    valueKind: valueKindOf(indicator.valueKind),
    ...(thresholds ? { thresholds } : {}),
  };
  const plan = indicator.target === null || year === null ? null : computeIndicatorProgress({ ...common, target: pointAt(year, indicator.target) });
  return {
    plan,
    ...assessIndicator({ ...common, provincialTarget: pointAt(year, indicator.provinceTarget), stretchTarget: pointAt(year, indicator.stretchTarget) }),
  };
}

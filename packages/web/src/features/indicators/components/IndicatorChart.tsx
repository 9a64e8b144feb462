import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { IndicatorTrendChart } from '../../../ui/charts/IndicatorTrendChart';
import type { TrendTarget } from '../../../ui/charts/IndicatorTrendChart';
import type { Indicator } from '@plantrack/contract/indicators/indicators.contract';
import type { IndicatorAnalysis } from '../model/assess-indicator';

/** The indicator's trend: its analysis handed to the chart as domain data, targets named. */
export function IndicatorChart({ indicator, analysis }: { indicator: Indicator; analysis: IndicatorAnalysis }) {
  const { t } = useTranslation();
  const targets = useMemo<TrendTarget[]>(
    () => analysis.assessments.map((assessment) => ({ tone: assessment.kind, label: t(`indicator.targets.${assessment.kind}`), point: assessment.target })),
    [analysis, t],
  );
  return (
    <IndicatorTrendChart
      unit={indicator.unit}
      baseline={analysis.baseline}
      series={analysis.series}
      targets={targets}
      progress={analysis.primary?.progress ?? null}
    />
  );
}

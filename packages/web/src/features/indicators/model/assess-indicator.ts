/**
 * From the API's indicator to the domain's inputs: the rules (growth-ratio method, trajectory,
 * projection) live in @plantrack/domain; this only reads decimals and picks the targets.
 */
import { assessIndicator, computeIndicatorProgress } from '@plantrack/domain';
import type { IndicatorPoint, IndicatorProgress, IndicatorThresholds } from '@plantrack/domain';
import type { Indicator } from '@plantrack/contract/indicators/indicators.contract';

export type TargetKind = 'provincial' | 'stretch' | 'plan';

export interface TargetAssessment {
  kind: TargetKind;
  target: IndicatorPoint;
  progress: IndicatorProgress;
}

export interface IndicatorAnalysis {
  baseline: IndicatorPoint | null;
  /** Observed values in time order (those without a value are left out). */
  series: IndicatorPoint[];
  /** One per target the ledger sets: the provincial target, the city's stretch target (冲击目标), the plan's own target. */
  assessments: TargetAssessment[];
  /** The target the trajectory and projection are drawn for: provincial if set, else the plan's. */
  primary: TargetAssessment | null;
}

function toNumber(text: string | null | undefined): number | null {
  if (text === null || text === undefined || text.trim() === '') return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

/** Judged as the server judges (its assess-indicator.ts): approved values only, the office's thresholds. */
export function analyseIndicator(indicator: Indicator, thresholds?: IndicatorThresholds): IndicatorAnalysis {
  const baselineValue = toNumber(indicator.baseline?.value);
  const baselineYear = indicator.baseline?.year ?? null;
  const baseline = baselineValue !== null && baselineYear !== null ? { year: baselineYear, value: baselineValue } : null;
  const values = indicator.values ?? (indicator.latestValue ? [indicator.latestValue] : []);
  const series = values.flatMap((row) => {
    const value = row.state === undefined || row.state === 'approved' ? toNumber(row.value) : null;
    return value === null ? [] : [{ period: row.period, value }];
  });
  const targetYear = indicator.target.year;
  const pointAt = (text: string | null | undefined): IndicatorPoint | null => {
    const value = toNumber(text);
    return value === null || targetYear === null ? null : { year: targetYear, value };
  };
  const common = { baseline, series, direction: indicator.direction, valueKind: indicator.valueKind, ...(thresholds ? { thresholds } : {}) };
  const targets = { provincial: pointAt(indicator.provinceTarget), stretch: pointAt(indicator.stretchTarget), plan: pointAt(indicator.target.value) };
  const judged = assessIndicator({ ...common, provincialTarget: targets.provincial, stretchTarget: targets.stretch });
  const progressOf: Record<TargetKind, IndicatorProgress | null> = {
    provincial: judged.provincial,
    stretch: judged.stretch,
    plan: targets.plan ? computeIndicatorProgress({ ...common, target: targets.plan }) : null,
  };
  const assessments = (['provincial', 'stretch', 'plan'] as const).flatMap((kind) => {
    const target = targets[kind];
    const progress = progressOf[kind];
    return target && progress ? [{ kind, target, progress }] : [];
  });
  const primary = assessments.find((a) => a.kind === 'provincial') ?? assessments.find((a) => a.kind === 'plan') ?? assessments[0] ?? null;
  return { baseline, series, assessments, primary };
}

/**
 * Indicator progress by the growth-ratio method of PRODUCT.md (Open SDG's progress methodology,
 * from Statistics Canada): compare the pace achieved since the baseline with the pace the target
 * needs, R = d·ga / |gr|.
 *
 * Which form of growth: the compound form (ga = (C/B)^(1/Δt) − 1) only for `level` and `ratio`
 * indicators (counts, amounts, multiples) whose baseline and target are positive and latest value not
 * negative, because compound growth is only defined there. Everything else uses the linear form
 * (ga = (C − B)/Δt): `rate`, `share` and `growth_rate` values are already percentages, where "5% a year
 * faster" means nothing, and they may be 0 or change sign; a level with baseline 0 (e.g. "new bases
 * since 2022") falls back to linear too. Time is in years, quarters as fractions (indicator-time.ts).
 */
import type { IndicatorStatus } from './indicator-status-labels.js';
import { analysisReason, insufficientDataReason, targetMetReason } from './indicator-reason.js';
import type { GrowthForm, MissingData } from './indicator-reason.js';
import { indicatorTime } from './indicator-time.js';
import type { IndicatorPoint } from './indicator-time.js';
import { DEFAULT_SETTINGS } from './settings.js';
import type { IndicatorThresholds } from './settings.js';

export type IndicatorDirection = 'higher_better' | 'lower_better';
export type IndicatorValueKind = 'level' | 'ratio' | 'share' | 'rate' | 'growth_rate';

export interface IndicatorProgressInput {
  /** Null when unknown: the earliest value of the series then serves as baseline. */
  baseline: IndicatorPoint | null;
  series: readonly IndicatorPoint[];
  target: IndicatorPoint | null;
  direction: IndicatorDirection;
  valueKind: IndicatorValueKind;
  thresholds?: IndicatorThresholds;
}

export interface TrajectoryPoint {
  /** Years on the indicator axis (indicator-time.ts). */
  time: number;
  value: number;
}

export interface IndicatorProgress {
  status: IndicatorStatus;
  form: GrowthForm | null;
  ratio: number | null;
  /** Per year: a fraction (0.05 = 5%) in the compound form, units in the linear form. */
  achievedGrowth: number | null;
  requiredGrowth: number | null;
  latest: IndicatorPoint | null;
  /** The value reached in the target year if the achieved pace continues from the latest value. */
  projection: number | null;
  /** The value needed each year from baseline to target (baseline, whole years between, target). */
  trajectory: TrajectoryPoint[];
  reasonZh: string;
  reasonEn: string;
}

export function directionSign(direction: IndicatorDirection): 1 | -1 {
  return direction === 'lower_better' ? -1 : 1;
}

export function isTargetMet(value: number, target: number, direction: IndicatorDirection): boolean {
  return directionSign(direction) * (value - target) >= 0;
}

export function computeIndicatorProgress(input: IndicatorProgressInput): IndicatorProgress {
  const points = orderedPoints(input.baseline, input.series);
  const base = points[0];
  const latest = points.at(-1);
  const { target } = input;
  if (!target) return insufficient(latest ?? null, 'no_target');
  if (!base || !latest) return insufficient(null, 'no_data');
  const pace = measurePace(input, { base, latest, target, hasLaterValue: points.length >= 2 });
  const facts = { ...pace, latest };
  if (isTargetMet(latest.value, target.value, input.direction)) {
    return withReason({ ...facts, status: 'target_met' }, targetMetReason(latest, target));
  }
  const { achievedGrowth, requiredGrowth } = pace;
  if (achievedGrowth === null || requiredGrowth === null) {
    return insufficient(latest, points.length < 2 ? 'single_point' : 'target_not_after_baseline', pace.trajectory);
  }
  const directed = directionSign(input.direction) * achievedGrowth;
  const status = statusForRatio(pace.ratio, directed, input.thresholds ?? DEFAULT_SETTINGS.indicator);
  const reason = analysisReason({ ...facts, baseline: base, target, achievedGrowth, requiredGrowth });
  return withReason({ ...facts, status }, reason);
}

type Pace = Pick<IndicatorProgress, 'achievedGrowth' | 'requiredGrowth' | 'ratio' | 'projection' | 'trajectory'> & { form: GrowthForm };

interface PaceFacts {
  base: IndicatorPoint;
  latest: IndicatorPoint;
  target: IndicatorPoint;
  hasLaterValue: boolean;
}

/** Achieved pace (baseline → latest) against required pace (baseline → target). */
function measurePace(input: IndicatorProgressInput, { base, latest, target, hasLaterValue }: PaceFacts): Pace {
  const [t0, t, tT] = [indicatorTime(base), indicatorTime(latest), indicatorTime(target)];
  const form = chooseForm(input.valueKind, base.value, latest.value, target.value);
  if (tT <= t0) return { form, achievedGrowth: null, requiredGrowth: null, ratio: null, projection: null, trajectory: [] };
  const required = growth(form, base.value, target.value, tT - t0);
  const achieved = hasLaterValue ? growth(form, base.value, latest.value, t - t0) : null;
  return {
    form,
    achievedGrowth: achieved,
    requiredGrowth: required,
    ratio: achieved === null || required === 0 ? null : (directionSign(input.direction) * achieved) / Math.abs(required),
    projection: achieved === null || t > tT ? null : project(form, latest.value, achieved, tT - t),
    trajectory: requiredTrajectory(form, base, target),
  };
}

/**
 * Open SDG's cut-offs. When the target equals the baseline there is no required pace to divide by
 * (ratio null); then only the direction of change counts.
 */
export function statusForRatio(ratio: number | null, directedGrowth: number, thresholds: IndicatorThresholds): IndicatorStatus {
  const r = ratio ?? (directedGrowth > 0 ? Infinity : directedGrowth < 0 ? -Infinity : 0);
  if (r >= thresholds.onTrack) return 'on_track';
  if (r >= thresholds.accelerationNeeded) return 'acceleration_needed';
  if (r >= 0) return 'limited';
  return 'deteriorating';
}

/** Baseline first, then later values in time order; values at or before the baseline are history. */
function orderedPoints(baseline: IndicatorPoint | null, series: readonly IndicatorPoint[]): IndicatorPoint[] {
  const sorted = [...series].sort((a, b) => indicatorTime(a) - indicatorTime(b));
  const base = baseline ?? sorted[0];
  if (!base) return [];
  const t0 = indicatorTime(base);
  return [base, ...sorted.filter((p) => indicatorTime(p) > t0)];
}

function chooseForm(kind: IndicatorValueKind, base: number, latest: number, target: number): GrowthForm {
  const isLevel = kind === 'level' || kind === 'ratio';
  return isLevel && base > 0 && target > 0 && latest >= 0 ? 'compound' : 'linear';
}

function growth(form: GrowthForm, from: number, to: number, years: number): number {
  return form === 'compound' ? (to / from) ** (1 / years) - 1 : (to - from) / years;
}

function project(form: GrowthForm, from: number, pace: number, years: number): number {
  return form === 'compound' ? from * (1 + pace) ** years : from + pace * years;
}

function requiredTrajectory(form: GrowthForm, base: IndicatorPoint, target: IndicatorPoint): TrajectoryPoint[] {
  const [t0, tT] = [indicatorTime(base), indicatorTime(target)];
  const pace = growth(form, base.value, target.value, tT - t0);
  const points: TrajectoryPoint[] = [{ time: t0, value: base.value }];
  for (let year = Math.floor(t0) + 1; year < tT; year++) {
    points.push({ time: year, value: project(form, base.value, pace, year - t0) });
  }
  // The target itself, exactly, rather than the float the formula lands near.
  points.push({ time: tT, value: target.value });
  return points;
}

type ProgressFacts = Omit<IndicatorProgress, 'reasonZh' | 'reasonEn'>;

function withReason(facts: ProgressFacts, reason: { zh: string; en: string }): IndicatorProgress {
  return { ...facts, reasonZh: reason.zh, reasonEn: reason.en };
}

/** Keeps the required trajectory when known, so the chart can show it before data arrives. */
function insufficient(latest: IndicatorPoint | null, missing: MissingData, trajectory: TrajectoryPoint[] = []): IndicatorProgress {
  const empty = { form: null, ratio: null, achievedGrowth: null, requiredGrowth: null, projection: null };
  return withReason({ ...empty, status: 'insufficient_data', latest, trajectory }, insufficientDataReason(missing));
}

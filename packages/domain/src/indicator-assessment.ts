/**
 * A key indicator is measured twice (PRODUCT.md): against the provincial target and against the
 * city's own stretch target (冲击目标), from the same data.
 */
import { computeIndicatorProgress } from './indicator-progress.js';
import type { IndicatorProgress, IndicatorProgressInput } from './indicator-progress.js';
import type { IndicatorPoint } from './indicator-time.js';

export interface IndicatorAssessmentInput extends Omit<IndicatorProgressInput, 'target'> {
  provincialTarget: IndicatorPoint | null;
  stretchTarget: IndicatorPoint | null;
}

/** Null for a target the ledger does not set, so the UI shows no row rather than "no data". */
export interface IndicatorAssessment {
  provincial: IndicatorProgress | null;
  stretch: IndicatorProgress | null;
}

export function assessIndicator(input: IndicatorAssessmentInput): IndicatorAssessment {
  const { provincialTarget, stretchTarget, ...common } = input;
  const against = (target: IndicatorPoint | null) => (target ? computeIndicatorProgress({ ...common, target }) : null);
  return { provincial: against(provincialTarget), stretch: against(stretchTarget) };
}

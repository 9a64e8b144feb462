/** The one-sentence "why" beside an indicator's progress status, in Chinese and English. */
import { formatIndicatorTimeEn, formatIndicatorTimeZh } from './indicator-time.js';
import type { IndicatorPoint } from './indicator-time.js';
import { formatDecimal, formatSigned } from './numbers.js';
import type { Reason } from './schedule-reason.js';

export const GROWTH_FORMS = ['compound', 'linear'] as const;
export type GrowthForm = (typeof GROWTH_FORMS)[number];

const value = (v: number): string => formatDecimal(v, 4);

/** Compound growth reads as a yearly percentage; linear growth as units per year. */
function growth(form: GrowthForm, g: number): string {
  return form === 'compound' ? `${formatSigned(g * 100)}%` : formatSigned(g, Math.abs(g) < 1 ? 4 : 2);
}

export function targetMetReason(latest: IndicatorPoint, target: IndicatorPoint): Reason {
  return {
    zh: `最新值${value(latest.value)}（${formatIndicatorTimeZh(latest)}）已达到${formatIndicatorTimeZh(target)}目标${value(target.value)}`,
    en: `The latest value ${value(latest.value)} (${formatIndicatorTimeEn(latest)}) meets the ${formatIndicatorTimeEn(target)} target of ${value(target.value)}`,
  };
}

export type MissingData = 'no_target' | 'no_data' | 'single_point' | 'target_not_after_baseline';

export function insufficientDataReason(missing: MissingData): Reason {
  const reasons: Record<MissingData, Reason> = {
    no_target: { zh: '数据不足：未设定目标值', en: 'Insufficient data: no target is set' },
    no_data: { zh: '数据不足：尚无基期值或实际值', en: 'Insufficient data: no baseline or actual value' },
    single_point: {
      zh: '数据不足：至少需要基期值和一期后续实际值',
      en: 'Insufficient data: a baseline and at least one later value are needed',
    },
    target_not_after_baseline: {
      zh: '数据不足：目标年份须晚于基期',
      en: 'Insufficient data: the target year must come after the baseline',
    },
  };
  return reasons[missing];
}

export interface AnalysisFacts {
  form: GrowthForm;
  baseline: IndicatorPoint;
  latest: IndicatorPoint;
  target: IndicatorPoint;
  achievedGrowth: number;
  requiredGrowth: number;
  ratio: number | null;
}

/** "最新值2.6（2023年），2020年以来年均变化+0.0667，实现2025年目标2.8需年均变化+0.08，进度比0.83" */
export function analysisReason(facts: AnalysisFacts): Reason {
  const { form, baseline, latest, target, ratio } = facts;
  const ratioZh = ratio === null ? '目标值与基期值相同' : `进度比${formatDecimal(ratio)}`;
  const ratioEn = ratio === null ? 'the target equals the baseline' : `ratio ${formatDecimal(ratio)}`;
  return {
    zh:
      `最新值${value(latest.value)}（${formatIndicatorTimeZh(latest)}），` +
      `${formatIndicatorTimeZh(baseline)}以来年均变化${growth(form, facts.achievedGrowth)}，` +
      `实现${formatIndicatorTimeZh(target)}目标${value(target.value)}需年均变化${growth(form, facts.requiredGrowth)}，` +
      ratioZh,
    en:
      `Latest value ${value(latest.value)} (${formatIndicatorTimeEn(latest)}), ` +
      `${growth(form, facts.achievedGrowth)} a year since ${formatIndicatorTimeEn(baseline)}; ` +
      `the ${formatIndicatorTimeEn(target)} target of ${value(target.value)} needs ${growth(form, facts.requiredGrowth)} a year; ` +
      ratioEn,
  };
}

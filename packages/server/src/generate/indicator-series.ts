import { createRandom } from './random.js';
import { INDICATOR_VARIANTS, INDICATORS } from './indicator-vocabulary.js';
import type { IndicatorTemplate } from './indicator-vocabulary.js';

export const INDICATORS_PER_CITY = INDICATORS.length * INDICATOR_VARIANTS.length;
export const QUARTERS = 12;

export interface IndicatorSeries {
  template: IndicatorTemplate;
  name: string;
  baseline: number;
  target: number;
  provinceTarget: number;
  stretchTarget: number;
  /** One value per quarter, 2023Q1 … 2025Q4. */
  values: number[];
  /** Provincial rank (位次) among the generated cities, per quarter. */
  ranks: number[];
}

const isLevel = (t: IndicatorTemplate) => t[3] === 'level';

function valueAt(t: IndicatorTemplate, baseline: number, pace: number, years: number, noise: number): number {
  const [, , , kind, , , change] = t;
  if (kind === 'level') return baseline * (1 + change * pace) ** years * (1 + noise * 0.01);
  if (kind === 'growth_rate') return baseline + (pace - 1) * 2 + noise * 0.5;
  const value = baseline + change * pace * years + noise * Math.abs(change) * 0.2;
  return kind === 'share' ? Math.min(value, 99.9) : value;
}

function targetOf(t: IndicatorTemplate, baseline: number, years: number): number {
  const [, , , kind, , , change] = t;
  if (kind === 'level') return baseline * (1 + change) ** years;
  if (kind === 'growth_rate') return baseline;
  return kind === 'share' ? Math.min(baseline + change * years, 99.9) : baseline + change * years;
}

/**
 * Every city's series of every indicator, drawn up front so that ranks compare the cities with each
 * other, as the province's 位次 do: each indicator is the same across cities, each city its own size and pace.
 */
export function buildIndicatorSeries(seed: string, cities: number): IndicatorSeries[][] {
  const series = Array.from({ length: cities }, (_, city) => {
    const random = createRandom(`${seed}:indicators:${city}`);
    const size = 0.5 + random.next() * 1.3;
    return Array.from({ length: INDICATORS_PER_CITY }, (_, index): IndicatorSeries => {
      const template = INDICATORS[index % INDICATORS.length]!;
      const variant = INDICATOR_VARIANTS[Math.floor(index / INDICATORS.length)]!;
      const base = template[5];
      const baseline = isLevel(template) ? base * size * (variant ? 0.6 : 1) : base + (random.next() - 0.5) * Math.abs(base) * 0.1;
      const pace = 0.4 + random.next();
      const values = Array.from({ length: QUARTERS }, (_, q) => valueAt(template, baseline, pace, (q + 1) / 4, random.next() * 2 - 1));
      const target = targetOf(template, baseline, 3);
      return {
        template,
        name: `${template[0]}${variant}`,
        baseline,
        target,
        provinceTarget: baseline + (target - baseline) * 0.9,
        stretchTarget: template[3] === 'share' ? Math.min(baseline + (target - baseline) * 1.15, 99.9) : baseline + (target - baseline) * 1.15,
        values,
        ranks: [],
      };
    });
  });
  for (let index = 0; index < INDICATORS_PER_CITY; index++) {
    for (let q = 0; q < QUARTERS; q++) {
      const sign = INDICATORS[index % INDICATORS.length]![2] === 'higher_better' ? -1 : 1;
      const order = series.map((city, c) => ({ c, value: city[index]!.values[q]! })).sort((a, b) => sign * (a.value - b.value));
      order.forEach(({ c }, position) => (series[c]![index]!.ranks[q] = position + 1));
    }
  }
  return series;
}

/** Exact decimal text: whole numbers for large levels, two decimals at most otherwise. */
export function decimalText(value: number): string {
  const rounded = Math.abs(value) >= 1000 ? Math.round(value) : Math.round(value * 100) / 100;
  return String(rounded);
}

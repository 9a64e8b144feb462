import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessIndicator } from './indicator-assessment.js';
import { computeIndicatorProgress } from './indicator-progress.js';
import type { IndicatorProgressInput, IndicatorValueKind } from './indicator-progress.js';
import { indicatorTime } from './indicator-time.js';

/** 国家级专精特新"小巨人"企业: 40 in 2022, target 80 in 2025 (a level, higher is better). */
function buildLevelIndicator(overrides: Partial<IndicatorProgressInput> = {}): IndicatorProgressInput {
  return {
    baseline: { year: 2022, value: 40 },
    series: [{ year: 2023, value: 50 }],
    target: { year: 2025, value: 80 },
    direction: 'higher_better',
    valueKind: 'level',
    ...overrides,
  };
}

/** 全社会研发经费投入强度: 2.4% in 2020, target 2.8% in 2025 (a rate, linear form). */
function buildRateIndicator(overrides: Partial<IndicatorProgressInput> = {}): IndicatorProgressInput {
  return {
    baseline: { year: 2020, value: 2.4 },
    series: [{ year: 2023, value: 2.6 }],
    target: { year: 2025, value: 2.8 },
    direction: 'higher_better',
    valueKind: 'rate',
    ...overrides,
  };
}

describe('computeIndicatorProgress', () => {
  it('a level compares compound growth: 40 → 50 in a year against doubling in three is on track', () => {
    const result = computeIndicatorProgress(buildLevelIndicator());
    expect(result.form).toBe('compound');
    expect(result.achievedGrowth).toBeCloseTo(0.25, 10);
    expect(result.requiredGrowth).toBeCloseTo(2 ** (1 / 3) - 1, 10); // 25.99% a year
    expect(result.ratio).toBeCloseTo(0.9618, 4);
    expect(result.status).toBe('on_track');
    expect(result.projection).toBeCloseTo(78.125, 10); // 50 × 1.25²
    expect(result.trajectory.map((p) => p.time)).toEqual([2022, 2023, 2024, 2025]);
    expect(result.trajectory[2]!.value).toBeCloseTo(40 * 2 ** (2 / 3), 10);
    expect(result.trajectory[3]!.value).toBe(80);
  });

  it('grades slower paces as acceleration needed, then limited', () => {
    const at = (value: number, year = 2023) => computeIndicatorProgress(buildLevelIndicator({ series: [{ year, value }] })).status;
    expect(at(47)).toBe('acceleration_needed'); // R ≈ 0.67
    expect(at(52, 2024)).toBe('limited'); // R ≈ 0.54
    expect(at(39)).toBe('deteriorating');
  });

  it('a rate uses the linear form and explains itself', () => {
    const result = computeIndicatorProgress(buildRateIndicator());
    expect(result.form).toBe('linear');
    expect(result.achievedGrowth).toBeCloseTo(0.2 / 3, 10);
    expect(result.requiredGrowth).toBeCloseTo(0.08, 10);
    expect(result.ratio).toBeCloseTo(0.8333, 4);
    expect(result.status).toBe('acceleration_needed');
    expect(result.projection).toBeCloseTo(2.7333, 4);
    expect(result.reasonZh).toBe('最新值2.6（2023年），2020年以来年均变化+0.0667，实现2025年目标2.8需年均变化+0.08，进度比0.83');
  });

  it('a lower-is-better level: PM2.5 falling from 30 towards 24', () => {
    const at = (value: number) =>
      computeIndicatorProgress({
        baseline: { year: 2020, value: 30 },
        series: [{ year: 2023, value }],
        target: { year: 2025, value: 24 },
        direction: 'lower_better',
        valueKind: 'level',
      }).status;
    expect(at(26)).toBe('on_track');
    expect(at(27)).toBe('acceleration_needed'); // R ≈ 0.79
    expect(at(31)).toBe('deteriorating');
    expect(at(24)).toBe('target_met');
  });

  it('a level with baseline 0 falls back to the linear form', () => {
    const result = computeIndicatorProgress(
      buildLevelIndicator({
        baseline: { year: 2022, value: 0 },
        series: [{ period: '2024Q2', value: 1 }],
        target: { year: 2025, value: 2 },
      }),
    );
    // 2024Q2 is 2023.5 on the axis: 1 base in 1.5 years against 2 in 3 years.
    expect(result).toMatchObject({ form: 'linear', status: 'on_track' });
    expect(result.ratio).toBeCloseTo(1, 10);
  });

  it('a growth rate may change sign: −2% to 1% against a 5% target', () => {
    const result = computeIndicatorProgress(
      buildRateIndicator({
        valueKind: 'growth_rate',
        baseline: { year: 2020, value: -2 },
        series: [{ year: 2023, value: 1 }],
        target: { year: 2025, value: 5 },
      }),
    );
    expect(result.ratio).toBeCloseTo(1 / 1.4, 10);
    expect(result.status).toBe('acceleration_needed');
  });

  it('uses the earliest value as baseline when the ledger has none', () => {
    const result = computeIndicatorProgress(
      buildRateIndicator({
        baseline: null,
        series: [
          { year: 2023, value: 2.6 },
          { year: 2021, value: 2.5 },
        ],
      }),
    );
    expect(result.achievedGrowth).toBeCloseTo(0.05, 10);
    expect(result.requiredGrowth).toBeCloseTo(0.075, 10);
  });

  it('a baseline alone is not enough data, but the required trajectory is already known', () => {
    const result = computeIndicatorProgress(buildRateIndicator({ series: [] }));
    expect(result.status).toBe('insufficient_data');
    expect(result.reasonZh).toBe('数据不足：至少需要基期值和一期后续实际值');
    expect(result.trajectory).toHaveLength(6);
  });

  it('without a target there is nothing to assess', () => {
    expect(computeIndicatorProgress(buildRateIndicator({ target: null })).status).toBe('insufficient_data');
  });

  it('places quarters at their end on the year axis', () => {
    expect(indicatorTime({ period: '2024Q4', value: 0 })).toBe(2024);
    expect(indicatorTime({ period: '2024Q1', value: 0 })).toBe(2023.25);
  });
});

describe('assessIndicator', () => {
  it('assesses the provincial and the stretch target from the same data', () => {
    const { baseline, series, direction, valueKind } = buildLevelIndicator();
    const result = assessIndicator({
      baseline,
      series,
      direction,
      valueKind,
      provincialTarget: { year: 2025, value: 60 },
      stretchTarget: { year: 2025, value: 100 }, // needs 35.7% a year: R ≈ 0.70
    });
    expect(result.provincial?.status).toBe('on_track');
    expect(result.stretch?.status).toBe('acceleration_needed');
    expect(assessIndicator({ baseline, series, direction, valueKind, provincialTarget: null, stretchTarget: null })).toEqual({
      provincial: null,
      stretch: null,
    });
  });
});

const value = fc.integer({ min: -1000, max: 1000 }).map((n) => n / 10);
const positive = fc.integer({ min: 1, max: 1000 }).map((n) => n / 10);
const kind = fc.constantFrom<IndicatorValueKind>('level', 'ratio', 'share', 'rate', 'growth_rate');
const direction = fc.constantFrom('higher_better' as const, 'lower_better' as const);

describe('indicator progress properties', () => {
  it('a met target is always target_met', () => {
    fc.assert(
      fc.property(value, value, fc.nat(50), kind, direction, (base, target, beyond, valueKind, dir) => {
        const latest = dir === 'higher_better' ? target + beyond : target - beyond;
        const result = computeIndicatorProgress({
          baseline: { year: 2020, value: base },
          series: [{ year: 2023, value: latest }],
          target: { year: 2025, value: target },
          direction: dir,
          valueKind,
        });
        expect(result.status).toBe('target_met');
      }),
    );
  });

  it('a single data point short of the target is insufficient data', () => {
    fc.assert(
      fc.property(value, positive, kind, direction, (base, shortfall, valueKind, dir) => {
        const target = dir === 'higher_better' ? base + shortfall : base - shortfall;
        const result = computeIndicatorProgress({
          baseline: { year: 2020, value: base },
          series: [],
          target: { year: 2025, value: target },
          direction: dir,
          valueKind,
        });
        expect(result.status).toBe('insufficient_data');
      }),
    );
  });

  it('lower-is-better mirrors higher-is-better in the linear form', () => {
    fc.assert(
      fc.property(value, value, value, (base, latest, target) => {
        const judge = (sign: 1 | -1) =>
          computeIndicatorProgress({
            baseline: { year: 2020, value: sign * base },
            series: [{ year: 2023, value: sign * latest }],
            target: { year: 2025, value: sign * target },
            direction: sign === 1 ? 'higher_better' : 'lower_better',
            valueKind: 'rate',
          }).status;
        expect(judge(-1)).toBe(judge(1));
      }),
    );
  });

  it('moving away from the target is deteriorating, whichever the direction', () => {
    fc.assert(
      fc.property(value, positive, positive, kind, direction, (base, away, towards, valueKind, dir) => {
        const sign = dir === 'higher_better' ? 1 : -1;
        const result = computeIndicatorProgress({
          baseline: { year: 2020, value: base },
          series: [{ year: 2023, value: base - sign * away }],
          target: { year: 2025, value: base + sign * towards },
          direction: dir,
          valueKind,
        });
        expect(result.status).toBe('deteriorating');
      }),
    );
  });

  it('a rate starting from 0 always gets a finite ratio', () => {
    fc.assert(
      fc.property(
        value,
        value.filter((t) => t !== 0),
        direction,
        (latest, target, dir) => {
          const result = computeIndicatorProgress({
            baseline: { year: 2020, value: 0 },
            series: [{ period: '2023Q2', value: latest }],
            target: { year: 2025, value: target },
            direction: dir,
            valueKind: 'rate',
          });
          if (result.status !== 'target_met') expect(Number.isFinite(result.ratio)).toBe(true);
          expect(result.form).toBe('linear');
        },
      ),
    );
  });
});

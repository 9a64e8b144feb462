import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { periodsOfYears } from './periods.js';
import { plannedPercentFor } from './planned-percent.js';

describe('plannedPercentFor', () => {
  it('uses the quarter’s own plan figure when there is one', () => {
    const schedule = { start: '2023-01-01', deadline: '2023-12-31', plan: { '2023Q2': 60 } };
    expect(plannedPercentFor(schedule, '2023Q2')).toBe(60);
  });

  it('interpolates linearly in days between start (0%) and deadline (100%) without a plan', () => {
    const schedule = { start: '2023-01-01', deadline: '2023-12-31' };
    // The first half of 2023 is 181 of its 365 days.
    expect(plannedPercentFor(schedule, '2023Q2')).toBe(49.59);
    expect(plannedPercentFor(schedule, '2023Q4')).toBe(100);
  });

  it('accepts periods as start and deadline: a year-long task is about a quarter done after Q1', () => {
    const schedule = { start: '2024Q1', deadline: '2024Q4' };
    // Q1 of leap year 2024 is 91 of its 366 days.
    expect(plannedPercentFor(schedule, '2024Q1')).toBe(24.86);
  });

  it('fills a quarter missing from the plan from its planned neighbours', () => {
    const schedule = { start: '2023Q1', deadline: '2023Q4', plan: { '2023Q2': 40, '2023Q4': 100 } };
    // 30 Sep lies 92 of the 184 days from 30 Jun to 31 Dec: halfway from 40% to 100%.
    expect(plannedPercentFor(schedule, '2023Q3')).toBe(70);
  });

  it('stays at 100% after the deadline', () => {
    expect(plannedPercentFor({ start: '2023Q1', deadline: '2023Q2' }, '2024Q3')).toBe(100);
  });

  it('holds the last planned figure when there is no deadline', () => {
    expect(plannedPercentFor({ plan: { '2023Q1': 10, '2023Q2': 30 } }, '2023Q4')).toBe(30);
  });

  it('plans nothing without deadline and plan, or before the start', () => {
    expect(plannedPercentFor({}, '2023Q2')).toBeNull();
    expect(plannedPercentFor({ start: '2024-01-01' }, '2023Q2')).toBeNull();
    expect(plannedPercentFor({ start: '2024-05-01', deadline: '2024Q4' }, '2024Q1')).toBeNull();
  });

  it('never falls from one quarter to the next when the plan itself never falls (property)', () => {
    const periods = periodsOfYears(2023, 2025);
    const arbitrarySchedule = fc
      .record({
        startIndex: fc.integer({ min: 0, max: 11 }),
        length: fc.integer({ min: 0, max: 11 }),
        hasDeadline: fc.boolean(),
        steps: fc.array(fc.option(fc.integer({ min: 0, max: 40 })), { minLength: 12, maxLength: 12 }),
      })
      .map(({ startIndex, length, hasDeadline, steps }) => {
        const endIndex = Math.min(11, startIndex + length);
        const plan: Record<string, number> = {};
        let cumulative = 0;
        for (let i = startIndex; i <= endIndex; i++) {
          const step = steps[i];
          if (step === null || step === undefined) continue;
          cumulative = Math.min(100, cumulative + step);
          plan[periods[i]!] = cumulative;
        }
        return {
          start: periods[startIndex],
          deadline: hasDeadline ? periods[endIndex] : null,
          plan,
        };
      });
    fc.assert(
      fc.property(arbitrarySchedule, (schedule) => {
        const figures = periods.map((p) => plannedPercentFor(schedule, p) ?? 0);
        figures.slice(1).forEach((figure, i) => expect(figure).toBeGreaterThanOrEqual(figures[i]!));
        figures.forEach((figure) => expect(figure).toBeLessThanOrEqual(100));
      }),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { periodsOfYears } from './periods.js';
import { milestoneBasisFor, plannedPercentBefore, plannedPercentFor } from './planned-percent.js';

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

describe('milestones written as shares of the year’s task (annual basis)', () => {
  const schedule = {
    start: '2023-01-01',
    deadline: '2025-12-31',
    annualPlan: { year: 2023, plan: { '2023Q2': 50, '2023Q3': 75, '2023Q4': 100 } },
  };

  it('judges the year’s quarters on the year’s task', () => {
    expect(milestoneBasisFor(schedule, '2023Q2')).toBe('annual');
    expect(plannedPercentFor(schedule, '2023Q2')).toBe(50);
    expect(plannedPercentFor(schedule, '2023Q4')).toBe(100);
  });

  it('fills an unstated quarter from the start of the year (0%) to the year’s first milestone', () => {
    // 31 March is 90 of the 181 days from 1 January to 30 June.
    expect(plannedPercentFor(schedule, '2023Q1')).toBe(24.86);
  });

  it('does not carry the year’s 100% into the next year: that is judged on the whole task', () => {
    expect(milestoneBasisFor(schedule, '2024Q2')).toBe('cumulative');
    // 2024-06-30 on the line from 2023-01-01 (0%) to 2025-12-31 (100%): 547 of 1,096 days.
    expect(plannedPercentFor(schedule, '2024Q2')).toBe(49.91);
  });

  it('ends the year’s task at the deadline when the item ends within the year', () => {
    const short = { start: '2023-01-01', deadline: '2023-06-30', annualPlan: { year: 2023, plan: { '2023Q1': 40 } } };
    expect(plannedPercentFor(short, '2023Q2')).toBe(100);
    expect(plannedPercentFor(short, '2023Q3')).toBe(100);
  });

  it('before the year begins nothing of it is due', () => {
    expect(plannedPercentBefore(schedule, '2023Q1')).toBe(0);
    expect(plannedPercentBefore(schedule, '2023Q3')).toBe(50);
  });
});

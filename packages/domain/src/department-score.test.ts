import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeDepartmentScore } from './department-score.js';
import type { DepartmentQuarterFacts } from './department-score.js';
import { SCHEDULE_STATUSES } from './schedule-status-labels.js';

function buildFacts(overrides: Partial<DepartmentQuarterFacts> = {}): DepartmentQuarterFacts {
  return {
    departmentId: 'dept-sci',
    statuses: ['on_schedule', 'completed', 'slightly_behind', 'not_started'],
    reports: [
      { deadline: '2023-07-07', submittedOn: '2023-07-07' },
      { deadline: '2023-07-07', submittedOn: '2023-07-09' },
      { deadline: '2023-07-07', submittedOn: null },
      { deadline: '2023-07-07', submittedOn: '2023-07-01' },
    ],
    qualityRatings: [1, 0.8, 0.6],
    supervisionOrders: [
      { replyBy: '2023-06-10', isClosed: true, closedOn: '2023-06-08' },
      { replyBy: '2023-07-15', isClosed: false },
    ],
    ...overrides,
  };
}

describe('computeDepartmentScore', () => {
  it('weights the four components 50/20/20/10 by default', () => {
    const score = computeDepartmentScore(buildFacts(), '2023-06-30');
    // 2 of 3 judged items good, 2 of 4 reports on time, quality 0.8, orders (1 + 0.5) / 2.
    expect(score.components.onSchedule).toBeCloseTo(2 / 3, 10);
    expect(score.components.timeliness).toBe(0.5);
    expect(score.components.quality).toBeCloseTo(0.8, 10);
    expect(score.components.supervision).toBe(0.75);
    // 50·0.6667 + 20·0.5 + 20·0.8 + 10·0.75 = 66.83
    expect(score.total).toBe(66.83);
  });

  it('an order past its reply-by date, or closed after it, earns nothing', () => {
    const score = computeDepartmentScore(
      buildFacts({
        supervisionOrders: [
          { replyBy: '2023-06-10', isClosed: true, closedOn: '2023-06-12' },
          { replyBy: '2023-06-20', isClosed: false },
        ],
      }),
      '2023-06-30',
    );
    expect(score.components.supervision).toBe(0);
  });

  it('leaves out what there was nothing to measure and rescales the rest', () => {
    const score = computeDepartmentScore(buildFacts({ statuses: ['on_schedule'], reports: [], qualityRatings: [], supervisionOrders: [] }), '2023-06-30');
    expect(score.components).toEqual({ onSchedule: 1, timeliness: null, quality: null, supervision: 1 });
    expect(score.total).toBe(100);
  });

  it('a department with nothing due has no total', () => {
    const score = computeDepartmentScore(buildFacts({ statuses: ['not_started'], reports: [], qualityRatings: [] }), '2023-06-30');
    expect(score.total).toBeNull();
  });

  it('uses the office’s weights when given', () => {
    const weights = { onSchedule: 1, timeliness: 0, quality: 0, supervision: 0 };
    const score = computeDepartmentScore(buildFacts(), '2023-06-30', { weights, openOrderCredit: 0.5 });
    expect(score.total).toBe(66.67);
  });

  it('the total stays within 0..100 and never falls when an item improves (property)', () => {
    const status = fc.constantFrom(...SCHEDULE_STATUSES);
    fc.assert(
      fc.property(fc.array(status, { minLength: 1, maxLength: 20 }), fc.nat(19), (statuses, pick) => {
        const before = computeDepartmentScore(buildFacts({ statuses }), '2023-06-30').total ?? 0;
        const improved = statuses.map((s, i) => (i === pick % statuses.length ? 'completed' : s));
        const after = computeDepartmentScore(buildFacts({ statuses: improved }), '2023-06-30').total ?? 0;
        expect(before).toBeGreaterThanOrEqual(0);
        expect(after).toBeLessThanOrEqual(100);
        expect(after).toBeGreaterThanOrEqual(before);
      }),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankDepartments, rankPoints } from './ranking.js';

describe('rankDepartments', () => {
  it('ranks by total, ties share a rank and the next one skips', () => {
    const ranked = rankDepartments([
      { departmentId: 'b', total: 90 },
      { departmentId: 'a', total: 95.5 },
      { departmentId: 'c', total: 95.5 },
      { departmentId: 'd', total: null },
      { departmentId: 'e', total: 80 },
    ]);
    expect(ranked.map((r) => [r.departmentId, r.rank])).toEqual([
      ['a', 1],
      ['c', 1],
      ['b', 3],
      ['e', 4],
      ['d', null],
    ]);
  });

  it('a rank is one more than the number of strictly better totals (property)', () => {
    const total = fc.integer({ min: 0, max: 20 }).map((n) => n * 5);
    fc.assert(
      fc.property(fc.array(fc.record({ total }), { maxLength: 30 }), (scores) => {
        for (const row of rankDepartments(scores)) {
          const better = scores.filter((s) => s.total > row.total!).length;
          expect(row.rank).toBe(better + 1);
        }
      }),
    );
  });
});

describe('rankPoints', () => {
  it('gives full marks to the first and 5% less for each place lower', () => {
    expect(rankPoints(1, 10)).toBe(10);
    expect(rankPoints(2, 10)).toBe(9.5);
    expect(rankPoints(4, 3)).toBe(2.55);
    expect(rankPoints(16, 10)).toBe(2.5);
  });

  it('never goes below 0', () => {
    expect(rankPoints(21, 10)).toBe(0);
    expect(rankPoints(40, 10)).toBe(0);
  });

  it('follows the office’s step when given', () => {
    expect(rankPoints(3, 100, { stepPercent: 10 })).toBe(80);
  });

  it('refuses a rank that is not a place', () => {
    expect(() => rankPoints(0, 10)).toThrow(RangeError);
    expect(() => rankPoints(1.5, 10)).toThrow(RangeError);
  });

  it('never rises as the place falls (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 1000 }), (rank, fullMarks) => {
        expect(rankPoints(rank + 1, fullMarks)).toBeLessThanOrEqual(rankPoints(rank, fullMarks));
        expect(rankPoints(rank, fullMarks)).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { bpFromPercent, percentFromBp } from './basis-points.js';

describe('basis points', () => {
  it('reads a stored 62.5% (6250 bp) as 62.5 and writes it back as 6250', () => {
    expect(percentFromBp(6250)).toBe(62.5);
    expect(bpFromPercent(62.5)).toBe(6250);
    expect(percentFromBp(10_000)).toBe(100);
  });

  it('keeps two decimals of a reported percent, rounding away float noise', () => {
    expect(bpFromPercent(33.33)).toBe(3333);
    expect(bpFromPercent(0.1 + 0.2)).toBe(30);
    expect(bpFromPercent(12.345)).toBe(1235);
  });

  it('leaves a missing figure missing', () => {
    expect(percentFromBp(null)).toBeNull();
    expect(bpFromPercent(null)).toBeNull();
  });
});

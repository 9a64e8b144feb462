import { describe, expect, it } from 'vitest';
import { addDaysToDate, dayNumber, endDateOf, formatDateZh, isDate, startDateOf } from './dates.js';

describe('dates', () => {
  it('accepts only real calendar dates', () => {
    expect(isDate('2024-02-29')).toBe(true);
    expect(isDate('2023-02-29')).toBe(false);
    expect(isDate('2023-7-7')).toBe(false);
    expect(() => dayNumber('2023-13-01')).toThrow(RangeError);
  });

  it('counts days across a leap year', () => {
    expect(dayNumber('2025-01-01') - dayNumber('2024-01-01')).toBe(366);
  });

  it('reads periods as their first or last day', () => {
    expect(startDateOf('2023Q2')).toBe('2023-04-01');
    expect(endDateOf('2023Q2')).toBe('2023-06-30');
    expect(endDateOf('2023-05-20')).toBe('2023-05-20');
  });

  it('writes dates the Chinese way', () => {
    expect(formatDateZh('2023-07-07')).toBe('2023年7月7日');
  });
});

describe('addDaysToDate', () => {
  it('counts calendar days across month and year ends', () => {
    expect(addDaysToDate('2023-07-05', 3)).toBe('2023-07-08');
    expect(addDaysToDate('2023-12-30', 3)).toBe('2024-01-02');
    expect(addDaysToDate('2024-03-01', -1)).toBe('2024-02-29');
  });
});

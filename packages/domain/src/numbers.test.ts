import { describe, expect, it } from 'vitest';
import { formatDecimal, formatSigned, roundTo } from './numbers.js';

describe('numbers', () => {
  it('rounds away float noise and halves away from zero', () => {
    expect(roundTo(62.5 - 25.3)).toBe(37.2);
    expect(roundTo(1.005)).toBe(1.01);
    expect(roundTo(-1.005)).toBe(-1.01);
    expect(roundTo(-0.001)).toBe(0);
  });

  it('formats as people write numbers', () => {
    expect(formatDecimal(60)).toBe('60');
    expect(formatDecimal(62.5)).toBe('62.5');
    expect(formatDecimal(100 / 3)).toBe('33.33');
    expect(formatSigned(1.2)).toBe('+1.2');
    expect(formatSigned(-0.35)).toBe('-0.35');
    expect(formatSigned(0)).toBe('0');
  });
});

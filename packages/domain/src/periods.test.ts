import { describe, expect, it } from 'vitest';
import { todayInShanghai } from './periods.js';

describe('today in Shanghai', () => {
  it('turns the day at midnight Beijing time, eight hours before midnight UTC', () => {
    expect(todayInShanghai(new Date('2025-12-31T15:59:59.999Z'))).toBe('2025-12-31');
    expect(todayInShanghai(new Date('2025-12-31T16:00:00.000Z'))).toBe('2026-01-01');
  });

  it('agrees with the time-zone database for every few hours of the plan years and after', () => {
    const zone = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' });
    for (let t = Date.UTC(2022, 0, 1); t < Date.UTC(2031, 0, 1); t += 7 * 60 * 60 * 1000 + 13 * 60 * 1000) {
      const now = new Date(t);
      expect(todayInShanghai(now)).toBe(zone.format(now));
    }
  });
});

import { describe, expect, it } from 'vitest';
import { parseDeadline } from './parse-deadline.js';

describe('parseDeadline', () => {
  it.each([
    ['2023年6月底前', '2023-06-30'],
    ['2023年6月', '2023-06-30'],
    ['2023年六月底', '2023-06-30'],
    ['2024年2月底前', '2024-02-29'],
    ['2023年底', '2023-12-31'],
    ['2023年底前', '2023-12-31'],
    ['2023年年底', '2023-12-31'],
    ['2023年末', '2023-12-31'],
    ['2024年第三季度', '2024-09-30'],
    ['2024年三季度', '2024-09-30'],
    ['2024年Q2', '2024-06-30'],
    ['2023年上半年', '2023-06-30'],
    ['2025年', '2025-12-31'],
    ['2023年6月15日', '2023-06-15'],
    ['2023-06-15', '2023-06-15'],
    ['2023.6', '2023-06-30'],
    ['２０２３年６月底前', '2023-06-30'],
  ])('reads "%s" as the last day of the period, %s', (text, date) => {
    expect(parseDeadline(text)).toEqual({ text, date, status: 'date' });
  });

  it('takes the latest period when the text names several', () => {
    expect(parseDeadline('2023年6月底前出台方案，2025年底前建成').date).toBe('2025-12-31');
    expect(parseDeadline('2023—2025年').date).toBe('2025-12-31');
  });

  it.each(['长期坚持', '持续推进', '每年', '常态化推进', '2023年起长期坚持'])('treats "%s" as ongoing work with no date', (text) => {
    expect(parseDeadline(text)).toEqual({ text, date: null, status: 'ongoing' });
  });

  it('keeps a dated deadline even when the text also says the work continues', () => {
    expect(parseDeadline('持续推进，2025年底前全面完成').date).toBe('2025-12-31');
  });

  it('uses the default year for texts without one, and says so when there is none', () => {
    expect(parseDeadline('年底前', { defaultYear: 2024 }).date).toBe('2024-12-31');
    expect(parseDeadline('6月底前', { defaultYear: 2024 }).date).toBe('2024-06-30');
    expect(parseDeadline('三季度', { defaultYear: 2024 }).date).toBe('2024-09-30');
    expect(parseDeadline('年底前')).toEqual({ text: '年底前', date: null, status: 'missing_year' });
  });

  it('refuses impossible dates and texts it cannot read, keeping the text', () => {
    expect(parseDeadline('2023年13月')).toEqual({ text: '2023年13月', date: null, status: 'unrecognised' });
    expect(parseDeadline('2023年2月29日').status).toBe('unrecognised');
    expect(parseDeadline('尽快')).toEqual({ text: '尽快', date: null, status: 'unrecognised' });
  });

  it('reads Excel date cells and year numbers', () => {
    expect(parseDeadline(new Date(Date.UTC(2023, 5, 30)))).toEqual({ text: '2023-06-30', date: '2023-06-30', status: 'date' });
    expect(parseDeadline(2025).date).toBe('2025-12-31');
  });

  it('reads a number in a General cell as the Excel date serial it is (45107 = 2023-06-30), only in a plausible range', () => {
    expect(parseDeadline(45107)).toEqual({ text: '2023-06-30', date: '2023-06-30', status: 'date' });
    expect(parseDeadline(45107.75).date).toBe('2023-06-30');
    expect(parseDeadline(36526).date).toBe('2000-01-01');
    expect(parseDeadline(12345).status).toBe('unrecognised');
    expect(parseDeadline(202306).status).toBe('unrecognised');
    // The same digits as text are not taken for a date: the problem says what they look like.
    expect(parseDeadline('45107').status).toBe('unrecognised');
  });

  it('gives empty for empty cells', () => {
    expect(parseDeadline(null)).toEqual({ text: null, date: null, status: 'empty' });
    expect(parseDeadline('  ')).toEqual({ text: null, date: null, status: 'empty' });
  });
});

import { describe, expect, it } from 'vitest';
import { nextSupervisionCode, parseSupervisionCode } from './supervision-code.js';
import { isSupervisionOrderOverdue, nextSupervisionStatus } from './supervision-workflow.js';

describe('supervision order workflow', () => {
  it('runs issue → acknowledge → answer → return → answer → close', () => {
    expect(nextSupervisionStatus('issued', 'acknowledge')).toBe('acknowledged');
    expect(nextSupervisionStatus('acknowledged', 'answer')).toBe('answered');
    expect(nextSupervisionStatus('answered', 'return')).toBe('returned');
    expect(nextSupervisionStatus('returned', 'answer')).toBe('answered');
    expect(nextSupervisionStatus('answered', 'close')).toBe('closed');
  });

  it('refuses steps out of order: an unacknowledged order cannot be answered, a closed one cannot move', () => {
    expect(nextSupervisionStatus('issued', 'answer')).toBeNull();
    expect(nextSupervisionStatus('acknowledged', 'close')).toBeNull();
    expect(nextSupervisionStatus('returned', 'close')).toBeNull();
    for (const action of ['acknowledge', 'answer', 'return', 'close'] as const) expect(nextSupervisionStatus('closed', action)).toBeNull();
  });

  it('an open order is overdue the day after its reply date; a closed one never is', () => {
    expect(isSupervisionOrderOverdue({ status: 'issued', replyBy: '2024-03-31' }, '2024-03-31')).toBe(false);
    expect(isSupervisionOrderOverdue({ status: 'returned', replyBy: '2024-03-31' }, '2024-04-01')).toBe(true);
    expect(isSupervisionOrderOverdue({ status: 'closed', replyBy: '2024-03-31' }, '2024-04-01')).toBe(false);
  });
});

describe('supervision order codes', () => {
  it('numbers orders per year, starting at 1 each year', () => {
    expect(nextSupervisionCode([], 2024)).toBe('督办〔2024〕1号');
    expect(nextSupervisionCode(['督办〔2024〕1号', '督办〔2024〕2号', '督办〔2023〕7号'], 2024)).toBe('督办〔2024〕3号');
    expect(nextSupervisionCode(['督办〔2023〕7号'], 2024)).toBe('督办〔2024〕1号');
  });

  it('continues after the highest number even when one was removed, and ignores foreign shapes', () => {
    expect(nextSupervisionCode(['督办〔2024〕1号', '督办〔2024〕5号', '临时-1'], 2024)).toBe('督办〔2024〕6号');
    expect(parseSupervisionCode('督办〔2024〕12号')).toEqual({ year: 2024, sequence: 12 });
    expect(parseSupervisionCode('督办[2024]12号')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { milestoneWithPercent, readMilestonePercent, resolveYearBases, statedBasis } from './milestone-percent.js';

describe('milestone percentages and their basis', () => {
  it.each([
    ['推进实施，完成年度任务的50%', 50, 'annual'],
    ['完成全年目标的75%', 75, 'annual'],
    ['累计完成60%', 60, 'cumulative'],
    ['工程进度达到80%', 80, null],
    ['完成年度任务，总结评估', 100, 'annual'],
    ['全面完成全年目标', 100, 'annual'],
    // An explicit figure wins over a keyword.
    ['完成年度任务（累计20%）', 20, 'cumulative'],
    ['完成年度任务(累计 20.5 %)', 20.5, 'cumulative'],
  ])('"%s" promises %s (%s)', (text, percent, basis) => {
    expect(readMilestonePercent(text)).toEqual({ percent, basis });
  });

  it.each(['完成年度目标的一半', '制定年度工作方案，明确责任分工', '清洁能源装机占比达到75%', '累计完成投资3亿元'])('"%s" promises no percentage', (text) => {
    expect(readMilestonePercent(text)).toBeNull();
  });

  it('a figure whose basis is left open takes its year’s basis', () => {
    const plans = resolveYearBases([
      { period: '2023Q2', cumulativePercent: 50, basis: 'annual' as const },
      { period: '2023Q3', cumulativePercent: 80, basis: null },
      { period: '2024Q1', cumulativePercent: 30, basis: null },
    ]);
    expect(plans.map((plan) => plan.basis)).toEqual(['annual', 'annual', 'cumulative']);
  });

  it('an export adds the stored figure to a milestone that does not state it, so it reads back the same', () => {
    expect(milestoneWithPercent('完成方案编制', 30, 'cumulative')).toBe('完成方案编制（累计30%）');
    expect(milestoneWithPercent('完成方案编制', 40, 'annual')).toBe('完成方案编制（年度任务的40%）');
    expect(milestoneWithPercent('完成年度任务（累计20%）', 20, 'cumulative')).toBe('完成年度任务（累计20%）');
    expect(readMilestonePercent(milestoneWithPercent('完成年度任务', 60, 'cumulative'))).toEqual({ percent: 60, basis: 'cumulative' });
  });

  it.each([
    ['完成年度目标的一半', 'annual'],
    ['完成年度任务（累计20%）', 'cumulative'],
    ['完成方案编制', null],
  ])('"%s" names the %s basis', (text, basis) => {
    expect(statedBasis(text)).toBe(basis);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SCHEDULE_STATUS_SEVERITY } from './schedule-status-labels.js';
import { computeScheduleStatus } from './schedule-status.js';
import type { ScheduleStatusInput } from './schedule-status.js';

/** An item planned at 60% by the end of 2023Q2, judged after the cycle, with an approved report. */
function buildInput(overrides: Partial<ScheduleStatusInput> = {}): ScheduleStatusInput {
  return {
    period: '2023Q2',
    today: '2023-07-10',
    schedule: { start: '2023-01-01', deadline: '2023-12-31', plan: { '2023Q2': 60 } },
    latestReport: { period: '2023Q2', cumulativePercent: 25 },
    isCycleClosed: true,
    ...overrides,
  };
}

const reportOf = (cumulativePercent: number) => ({ period: '2023Q2', cumulativePercent });

describe('computeScheduleStatus', () => {
  it('planned 60, actual 25 is seriously behind by 35 points, and says so', () => {
    const result = computeScheduleStatus(buildInput());
    expect(result).toMatchObject({ status: 'seriously_behind', planned: 60, actual: 25, gap: 35 });
    expect(result.reasonZh).toBe('计划完成60%，实际完成25%，落后35个百分点');
    expect(result.reasonEn).toBe('Planned 60%, actual 25%, 35 percentage points behind');
  });

  it('a gap of exactly 10 points is still on schedule, 10.5 is slightly behind', () => {
    expect(computeScheduleStatus(buildInput({ latestReport: reportOf(50) })).status).toBe('on_schedule');
    const yellow = computeScheduleStatus(buildInput({ latestReport: reportOf(49.5) }));
    expect(yellow).toMatchObject({ status: 'slightly_behind', gap: 10.5 });
  });

  it('a gap of exactly 30 points is slightly behind, more is seriously behind', () => {
    expect(computeScheduleStatus(buildInput({ latestReport: reportOf(30) })).status).toBe('slightly_behind');
    expect(computeScheduleStatus(buildInput({ latestReport: reportOf(29.9) })).status).toBe('seriously_behind');
  });

  it('decimal percentages give a clean gap (62.5 − 25.3 = 37.2)', () => {
    const result = computeScheduleStatus(buildInput({ schedule: { plan: { '2023Q2': 62.5 } }, latestReport: reportOf(25.3) }));
    expect(result.gap).toBe(37.2);
    expect(result.reasonZh).toBe('计划完成62.5%，实际完成25.3%，落后37.2个百分点');
  });

  it('ahead of plan reads as ahead', () => {
    const result = computeScheduleStatus(buildInput({ latestReport: reportOf(70) }));
    expect(result).toMatchObject({ status: 'on_schedule', gap: -10 });
    expect(result.reasonZh).toBe('计划完成60%，实际完成70%，超前10个百分点');
  });

  it('uses the office’s thresholds when given', () => {
    const result = computeScheduleStatus(buildInput({ latestReport: reportOf(55), thresholds: { yellowGap: 3, redGap: 20 } }));
    expect(result.status).toBe('slightly_behind');
  });

  it('an approved report of 100% is completed, even late', () => {
    const result = computeScheduleStatus(buildInput({ today: '2024-03-01', period: '2024Q1', latestReport: reportOf(100) }));
    expect(result.status).toBe('completed');
    expect(result.reasonZh).toBe('审核通过的报告显示已完成（100%）');
  });

  it('a closed cycle without an approved report for it is not reported', () => {
    const result = computeScheduleStatus(buildInput({ latestReport: { period: '2023Q1', cumulativePercent: 30 } }));
    expect(result.status).toBe('not_reported');
    expect(result.reasonZh).toBe('2023年二季度报送周期已关闭，没有审核通过的报告');
  });

  // The quarter's own milestone is not due while its cycle is open: the item is held to what was
  // due by the end of the quarter before (60% by 30 June, from 0 on 1 January: 29.83% by 31 March).
  it('while the cycle is open the previous approved report is held to what was due before the quarter', () => {
    const result = computeScheduleStatus(buildInput({ isCycleClosed: false, latestReport: { period: '2023Q1', cumulativePercent: 40 } }));
    expect(result).toMatchObject({ status: 'on_schedule', planned: 29.83, actual: 40, gap: -10.17 });
    expect(result.reasonZh).toBe('截至上季度末计划完成29.83%，实际完成40%，超前10.17个百分点');
  });

  it('with no report at all during an open cycle, progress counts as 0% against what was already due', () => {
    const result = computeScheduleStatus(buildInput({ isCycleClosed: false, latestReport: null }));
    expect(result).toMatchObject({ status: 'slightly_behind', actual: null, gap: 29.83 });
    expect(result.reasonZh).toBe('截至上季度末计划完成29.83%，尚无审核通过的报告（按0%计），落后29.83个百分点');
  });

  it('once the quarter’s own report is approved it is judged against the quarter’s plan, cycle open or not', () => {
    const result = computeScheduleStatus(buildInput({ isCycleClosed: false }));
    expect(result).toMatchObject({ status: 'seriously_behind', planned: 60, actual: 25, gap: 35 });
  });

  it('in the first quarter of a task nothing is due yet: on schedule, saying what the quarter plans', () => {
    const result = computeScheduleStatus(
      buildInput({
        period: '2023Q1',
        today: '2023-02-10',
        isCycleClosed: false,
        latestReport: null,
        schedule: { start: '2023-01-01', plan: { '2023Q1': 20 } },
      }),
    );
    expect(result).toMatchObject({ status: 'on_schedule', planned: 20, gap: null });
    expect(result.reasonZh).toBe('本季度计划完成20%，报送期限未到，尚未报送');
  });

  it('a passed deadline with the work unfinished is seriously behind whatever the gap', () => {
    const result = computeScheduleStatus(
      buildInput({
        period: '2023Q3',
        today: '2023-10-08',
        schedule: { start: '2023-01-01', deadline: '2023-08-31' },
        latestReport: { period: '2023Q3', cumulativePercent: 95 },
      }),
    );
    expect(result.status).toBe('seriously_behind');
    expect(result.reasonZh).toBe('完成时限2023年8月31日已过，实际完成95%，尚未完成');
  });

  it('a deadline after the judged period does not turn that period red later', () => {
    const result = computeScheduleStatus(buildInput({ today: '2025-01-10', latestReport: reportOf(55) }));
    expect(result.status).toBe('on_schedule');
  });

  it('nothing planned and nothing reported is not started', () => {
    const result = computeScheduleStatus(buildInput({ schedule: { start: '2024-01-01', deadline: '2024-12-31' }, latestReport: null, isCycleClosed: false }));
    expect(result).toMatchObject({ status: 'not_started', planned: null, gap: null });
    expect(result.reasonZh).toBe('尚无计划进度要求，也未报送进展');
  });

  it('an item not yet due owes no report when the cycle closes', () => {
    const result = computeScheduleStatus(buildInput({ schedule: { start: '2024-01-01', deadline: '2024-12-31' }, latestReport: null }));
    expect(result.status).toBe('not_started');
  });

  it('a reviewer override with a reason wins and keeps the computed figures in the reason', () => {
    const result = computeScheduleStatus(buildInput({ override: { status: 'on_schedule', reason: '已完成主体工程，进度以形象进度为准' } }));
    expect(result).toMatchObject({ status: 'on_schedule', isOverridden: true, gap: 35 });
    expect(result.reasonZh).toBe(
      '审核认定为序时推进，理由：已完成主体工程，进度以形象进度为准（按数据计算为严重滞后：计划完成60%，实际完成25%，落后35个百分点）',
    );
  });

  it('an override without a reason is refused', () => {
    expect(() => computeScheduleStatus(buildInput({ override: { status: 'completed', reason: '  ' } }))).toThrow(RangeError);
  });

  it('never improves when the actual completion falls, the plan staying the same (property)', () => {
    const arbitraryCase = fc.record({
      planned: fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100),
      higher: fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100),
      drop: fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100),
      today: fc.constantFrom('2023-05-15', '2023-07-10'),
      deadline: fc.constantFrom('2023-04-30', '2023-12-31', null),
      isCycleClosed: fc.boolean(),
    });
    fc.assert(
      fc.property(arbitraryCase, ({ planned, higher, drop, today, deadline, isCycleClosed }) => {
        const statusAt = (actual: number) =>
          computeScheduleStatus(
            buildInput({
              today,
              isCycleClosed,
              schedule: { start: '2023-01-01', deadline, plan: { '2023Q2': planned } },
              latestReport: reportOf(actual),
            }),
          ).status;
        const lower = Math.max(0, higher - drop);
        expect(SCHEDULE_STATUS_SEVERITY[statusAt(lower)]).toBeGreaterThanOrEqual(SCHEDULE_STATUS_SEVERITY[statusAt(higher)]);
      }),
    );
  });
});

describe('computeScheduleStatus on milestones written as shares of the year’s task', () => {
  const schedule = { start: '2023-01-01', deadline: '2025-12-31', annualPlan: { year: 2024, plan: { '2024Q2': 50, '2024Q4': 100 } } };
  const judge = (latestReport: ScheduleStatusInput['latestReport'], period = '2024Q2') =>
    computeScheduleStatus({ period, today: '2024-07-10', schedule, latestReport, isCycleClosed: true });

  it('compares the year’s planned share with the year’s reported share, and says so', () => {
    const result = judge({ period: '2024Q2', cumulativePercent: 45, basis: 'annual' });
    expect(result).toMatchObject({ status: 'on_schedule', basis: 'annual', planned: 50, actual: 45, gap: 5 });
    expect(result.reasonZh).toBe('计划完成年度任务的50%，实际完成年度任务的45%，落后5个百分点');
  });

  it('100% of a year’s task that is not the last year is not the whole task completed', () => {
    const result = computeScheduleStatus({
      period: '2024Q4',
      today: '2025-01-10',
      schedule,
      latestReport: { period: '2024Q4', cumulativePercent: 100, basis: 'annual' },
      isCycleClosed: true,
    });
    expect(result).toMatchObject({ status: 'on_schedule', planned: 100, actual: 100 });
  });

  it('a report on the whole task from another year does not speak for this year’s share', () => {
    const result = computeScheduleStatus({
      period: '2024Q2',
      today: '2024-05-10',
      schedule,
      latestReport: { period: '2023Q4', cumulativePercent: 30 },
      isCycleClosed: false,
    });
    expect(result).toMatchObject({ basis: 'annual', actual: null, status: 'slightly_behind' });
  });
});

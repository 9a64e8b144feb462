import { describe, expect, it } from 'vitest';
import { computeScheduleStatus } from './schedule-status.js';
import { collectWarnings, warningForIndicator, warningForReport, warningForSchedule, warningForSupervisionOrder } from './warnings.js';
import type { ReportDue, SupervisionOrderRef } from './warnings.js';

const item = { id: 'item-1', title: '研究制定《威海市人才飞地管理办法》' };

function buildReportDue(overrides: Partial<ReportDue> = {}): ReportDue {
  return { item, period: '2023Q2', deadline: '2023-07-07', submittedOn: null, isCycleClosed: false, ...overrides };
}

function buildOrder(overrides: Partial<SupervisionOrderRef> = {}): SupervisionOrderRef {
  return { id: 'order-1', code: '督〔2023〕5号', title: '加快人才飞地建设', replyBy: '2023-08-15', isClosed: false, ...overrides };
}

function statusWithActual(actual: number) {
  return computeScheduleStatus({
    period: '2023Q2',
    today: '2023-07-10',
    schedule: { plan: { '2023Q2': 60 } },
    latestReport: { period: '2023Q2', cumulativePercent: actual },
    isCycleClosed: true,
  });
}

describe('warnings', () => {
  it('a seriously behind item gets a red warning carrying its reason', () => {
    const warning = warningForSchedule(item, '2023Q2', statusWithActual(25));
    expect(warning).toMatchObject({ kind: 'seriously_behind', level: 'red' });
    expect(warning?.messageZh).toBe('研究制定《威海市人才飞地管理办法》（2023年二季度）严重滞后：计划完成60%，实际完成25%，落后35个百分点');
  });

  it('a slightly behind item gets a yellow warning; an item on schedule none', () => {
    expect(warningForSchedule(item, '2023Q2', statusWithActual(45))).toMatchObject({
      kind: 'slightly_behind',
      level: 'yellow',
    });
    expect(warningForSchedule(item, '2023Q2', statusWithActual(55))).toBeNull();
  });

  it('a closed cycle without a report is a red not-reported warning', () => {
    const result = computeScheduleStatus({
      period: '2023Q2',
      today: '2023-07-10',
      schedule: { plan: { '2023Q2': 60 } },
      latestReport: null,
      isCycleClosed: true,
    });
    expect(warningForSchedule(item, '2023Q2', result)).toMatchObject({ kind: 'not_reported', level: 'red' });
  });

  it('a report is overdue from the day after the deadline while the cycle is open', () => {
    expect(warningForReport(buildReportDue(), '2023-07-07')).toBeNull();
    const warning = warningForReport(buildReportDue(), '2023-07-08');
    expect(warning).toMatchObject({ kind: 'report_overdue', level: 'yellow' });
    expect(warning?.messageZh).toBe('研究制定《威海市人才飞地管理办法》（2023年二季度）报送截止日期2023年7月7日已过，尚未报送');
    expect(warningForReport(buildReportDue({ submittedOn: '2023-07-08' }), '2023-07-09')).toBeNull();
    expect(warningForReport(buildReportDue({ isCycleClosed: true }), '2023-07-09')).toBeNull();
  });

  it('a supervision order past its reply-by date and not closed is red', () => {
    const warning = warningForSupervisionOrder(buildOrder(), '2023-08-16');
    expect(warning).toMatchObject({ kind: 'supervision_overdue', level: 'red' });
    expect(warning?.messageZh).toBe('督办单（督〔2023〕5号）“加快人才飞地建设”回复期限2023年8月15日已过，尚未办结');
    expect(warningForSupervisionOrder(buildOrder({ isClosed: true }), '2023-08-16')).toBeNull();
    expect(warningForSupervisionOrder(buildOrder(), '2023-08-15')).toBeNull();
  });

  it('an indicator with limited progress is yellow, a deteriorating one red, others none', () => {
    const indicator = { id: 'I-01', name: '全社会研发经费投入强度' };
    const facts = (status: 'limited' | 'deteriorating' | 'on_track') => ({ status, reasonZh: '理由', reasonEn: 'why' });
    expect(warningForIndicator(indicator, 'provincial', facts('limited'))).toMatchObject({
      kind: 'indicator_at_risk',
      level: 'yellow',
      messageZh: '全社会研发经费投入强度对照省定目标进展有限：理由',
    });
    expect(warningForIndicator(indicator, 'stretch', facts('deteriorating'))?.level).toBe('red');
    expect(warningForIndicator(indicator, 'provincial', facts('on_track'))).toBeNull();
  });

  it('collects every warning, red first', () => {
    const warnings = collectWarnings(
      {
        schedules: [{ item, period: '2023Q2', result: statusWithActual(45) }],
        reports: [buildReportDue()],
        supervisionOrders: [buildOrder()],
      },
      '2023-09-01',
    );
    expect(warnings.map((w) => [w.level, w.kind])).toEqual([
      ['red', 'supervision_overdue'],
      ['yellow', 'report_overdue'],
      ['yellow', 'slightly_behind'],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import type { ItemSchedule } from '../../schedule/item-schedules.js';
import { changesSince, groupLagging } from './bulletin-lagging.js';

const schedule = (status: ItemSchedule['status'], reasonZh = '原因'): ItemSchedule => ({ status, reasonZh }) as ItemSchedule;
const row = (id: number, leaderName: string | null, departmentName: string | null) => ({
  id,
  code: `1-${String(id).padStart(2, '0')}`,
  title: `任务${id}`,
  leaderName,
  departmentName,
  reportProblems: null,
});

describe('lagging items in the bulletin', () => {
  it('count as new when they were not behind last quarter, and as two quarters running when they were', () => {
    const now = new Map([
      [1, schedule('seriously_behind')],
      [2, schedule('slightly_behind')],
      [3, schedule('completed')],
      [4, schedule('not_reported')],
    ]);
    const before = new Map([
      [1, schedule('slightly_behind')],
      [2, schedule('on_schedule')],
      [3, schedule('on_schedule')],
      [4, schedule('not_started')],
    ]);
    expect(changesSince(now, before)).toEqual({ newlyLagging: 2, laggingTwoQuarters: 1, newlyCompleted: 1 });
  });

  it('group by leader and department, most items first, items without a leader or department last, the worst item first', () => {
    const schedules = new Map([
      [1, schedule('slightly_behind')],
      [2, schedule('seriously_behind')],
      [3, schedule('slightly_behind')],
      [4, schedule('seriously_behind')],
      [5, schedule('seriously_behind')],
      [6, schedule('seriously_behind')],
      [7, schedule('slightly_behind')],
    ]);
    const groups = groupLagging(
      [
        row(1, '张副市长', '市发改委'),
        row(2, '张副市长', '市发改委'),
        row(3, '李副市长', '市工信局'),
        row(4, null, '市科技局'),
        row(5, null, null),
        row(6, '李副市长', null),
        row(7, '张副市长', '市生态环境局'),
      ],
      schedules,
      new Map([[2, schedule('seriously_behind')]]),
    );
    expect(groups.map((group) => group.leader)).toEqual(['张副市长', '李副市长', '未明确分管市领导']);
    expect(groups[0]!.departments[0]!.items.map((item) => [item.code, item.isLaggingTwoQuarters])).toEqual([
      ['1-02', true],
      ['1-01', false],
    ]);
    expect(groups[1]!.departments.map((d) => d.department)).toEqual(['市工信局', '未明确牵头部门']);
    expect(groups[2]!.departments.map((d) => d.department)).toEqual(['市科技局', '未明确牵头部门']);
  });
});

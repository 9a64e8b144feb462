import { describe, expect, it } from 'vitest';
import { groupHandoutRows } from './group-handout-rows.js';
import type { HandoutRow } from './present-handout-row.js';

const AREA_4 = { id: 4, numeral: '四', title: '持续放大生态优势' };
const AREA_7 = { id: 7, numeral: '七', title: '用好改革“关键一招”' };
const ZHANG = { id: 12, name: '张三', title: '副市长' };
const LI = { id: 5, name: '李四', title: null };

function row(code: string, area: HandoutRow['area'], leaderPerson: HandoutRow['leaderPerson']): HandoutRow {
  return {
    code,
    title: `任务${code}`,
    leadDepartment: '',
    leader: leaderPerson?.name ?? '',
    milestone: '',
    planned: '—',
    actual: '—',
    statusLabel: '未启动',
    colour: 'grey',
    reason: '',
    progress: '',
    problems: '',
    area,
    leaderPerson,
  };
}

const ROWS = [row('0-01', null, ZHANG), row('4-01', AREA_4, LI), row('4-02', AREA_4, null), row('7-01', AREA_7, ZHANG)];
const codes = (groups: ReturnType<typeof groupHandoutRows>) => groups.map((group) => [group.heading, ...group.rows.map((r) => r.code)]);

describe('grouping the handout', () => {
  it('by area keeps the plan’s numerals (a filtered handout still says 四、) and puts items without an area last', () => {
    expect(codes(groupHandoutRows(ROWS, 'area'))).toEqual([
      ['四、持续放大生态优势', '4-01', '4-02'],
      ['七、用好改革“关键一招”', '7-01'],
      ['未归入领域', '0-01'],
    ]);
  });

  it('by leader numbers the leaders in the order the office registered them, items without one last', () => {
    expect(codes(groupHandoutRows(ROWS, 'leader'))).toEqual([
      ['一、李四', '4-01'],
      ['二、张三（副市长）', '0-01', '7-01'],
      ['三、未明确分管市领导', '4-02'],
    ]);
  });
});

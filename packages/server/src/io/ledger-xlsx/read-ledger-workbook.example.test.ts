import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readLedgerWorkbook } from './read-ledger-workbook.js';
import type { ReadLedgerResult } from './read-ledger-workbook.js';

/** The example ledger from data/ (a copy in fixtures/) and the plan's items it was made from. */
const example = readFileSync(new URL('./fixtures/example-master-ledger.xlsx', import.meta.url));
const plan = JSON.parse(readFileSync(new URL('../../seed/sample-plan.json', import.meta.url), 'utf8')) as {
  items: { code: string; ledgers: string[]; title: string; leadDepartment: string | null; deadlineText: string | null }[];
};
const masterItems = plan.items.filter((item) => item.ledgers.includes('master'));

describe('reading the example master ledger', () => {
  let result: ReadLedgerResult;
  beforeAll(async () => {
    result = await readLedgerWorkbook(example, { kind: 'master' });
  });

  it('reads the whole file without a problem', () => {
    expect(result.problems).toEqual([]);
    expect(result.sheets).toMatchObject([
      { name: '总台账', status: 'read', headerRows: { first: 3, last: 4 }, years: [2023], itemCount: 42, ignoredColumns: [] },
    ]);
    expect(result.sheets[0]?.title).toContain('工作台账');
  });

  it('lands every master item of the plan with its title, lead department and deadline text', () => {
    expect(result.rows.map((row) => row.title)).toEqual(masterItems.map((item) => item.title));
    result.rows.forEach((row, index) => {
      const item = masterItems[index];
      expect(row.leadDepartments).toEqual(item?.leadDepartment ? [item.leadDepartment] : []);
      expect(row.deadlineText).toBe(item?.deadlineText ?? null);
    });
  });

  it('gives every item its four 2023 quarterly milestones with the promised percentages', () => {
    for (const row of result.rows) {
      expect(row.quarterlyPlans.map((plan) => [plan.period, plan.cumulativePercent])).toEqual([
        ['2023Q1', null],
        ['2023Q2', 50],
        ['2023Q3', 75],
        ['2023Q4', 100],
      ]);
      expect(row.quarterlyPlans[0]?.milestone).toBe('制定年度工作方案，明确责任分工');
    }
  });

  it('takes areas from the area rows and understands the deadlines', () => {
    const first = result.rows[0];
    expect(first).toMatchObject({ areaNumeral: '一', areaTitle: '深化科技创新引领，建设国家创新型城市' });
    expect(result.rows.at(-1)).toMatchObject({ areaNumeral: '十', code: '10-01' });
    expect(result.rows.find((row) => row.deadlineText === '2023年底前')?.deadline).toBe('2023-12-31');
    expect(result.rows.find((row) => row.deadlineText === '每年')?.deadline).toBeNull();
  });

  it('derives the plan codes from area and position, except where the plan numbers across ledgers', () => {
    const mismatches = result.rows
      .map((row, index) => ({ title: row.title, read: row.code, plan: masterItems[index]?.code }))
      .filter((pair) => pair.read !== pair.plan);
    // Area 七 has only one master item; the plan calls it 7-02 because 7-01 is a province-ledger item
    // that the master sheet does not list, so no sheet-only rule can know that number.
    expect(mismatches).toEqual([{ title: '培育省级特色服务出口基地', read: '7-01', plan: '7-02' }]);
  });

  it('points each row back at the sheet row it came from', () => {
    expect(result.sources[0]).toEqual({ sheet: '总台账', row: 6, writtenCode: '1', isCodeWritten: false });
    expect(result.sources.at(-1)).toEqual({ sheet: '总台账', row: 56, writtenCode: '42', isCodeWritten: false });
  });
});

import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ImportProblem } from './import-problem.js';
import { readLedgerWorkbook } from './read-ledger-workbook.js';
import { buildWorkbook } from '../../../test/support/build-workbook.js';

const where = (problem: ImportProblem) => [problem.code, problem.sheet, problem.row, problem.column, problem.field];

describe('problems an import reports', () => {
  it('reports every problem in the file, each by sheet, row and column, not only the first', async () => {
    const file = await buildWorkbook({
      name: '总台账',
      rows: [
        ['编号', '重点任务', '责任单位', '完成时限'],
        ['1-01', '任务一', '市科技局', '2023年13月'],
        ['1-02', null, '市科技局', '2023年底'],
        ['1-01', '任务三', '市科技局', '尽快'],
      ],
    });
    const { problems, rows } = await readLedgerWorkbook(file, { kind: 'master' });
    expect(problems.map(where)).toEqual([
      ['BAD_DEADLINE', '总台账', 2, 'D', 'deadlineText'],
      ['MISSING_TITLE', '总台账', 3, 'B', 'title'],
      ['BAD_DEADLINE', '总台账', 4, 'D', 'deadlineText'],
      ['DUPLICATE_CODE', '总台账', 4, 'A', 'code'],
    ]);
    expect(rows).toHaveLength(3);
  });

  it('refuses the same 序号 or the same task twice, naming both rows; a bare 序号 counts within its area, a derived code not at all', async () => {
    const file = await buildWorkbook(
      {
        name: '台账',
        rows: [['序号', '重点任务'], ['一、科技创新'], ['(1)', '任务甲'], ['1.', '任务乙'], ['二、产业体系'], ['1', '任务丙'], ['2', ' 任务 甲 ']],
      },
      {
        name: '补充',
        rows: [
          ['重点任务', '责任单位'],
          ['任务丁', '市科技局'],
          ['任务戊', '市科技局'],
        ],
      },
      {
        name: '再补充',
        rows: [
          ['重点任务', '责任单位'],
          ['任务己', '市科技局'],
        ],
      },
    );
    const { problems, rows } = await readLedgerWorkbook(file, { kind: 'master' });
    expect(problems.map(where)).toEqual([
      ['DUPLICATE_CODE', '台账', 4, 'A', 'code'],
      ['DUPLICATE_TASK', '台账', 7, 'B', 'title'],
    ]);
    expect(problems.map((p) => p.messageZh)).toEqual([
      '第4行与第3行的序号相同（都是“1.”），每个条目的序号必须唯一。若是多复制的一行请删除，否则请改正序号',
      '第7行与第3行的任务名称相同（“任务 甲”），同一项任务只能列一次。若是多复制的一行请删除，若是两项不同的任务请修改名称加以区分',
    ]);
    // Two sheets without 序号 both derive 01, which is no duplicate: the import numbers new tasks apart.
    expect(rows.slice(-3).map((row) => row.code)).toEqual(['01', '02', '01']);
  });

  it('takes a 序号 merged down over several rows as written once, not as a duplicate', async () => {
    const file = await buildWorkbook({
      rows: [
        ['序号', '重点任务', '责任单位'],
        [1, '任务甲', '市科技局'],
        [2, '任务乙之一', '市科技局'],
        [null, '任务乙之二', '市科技局'],
        [null, '任务乙之三', '市科技局'],
      ],
      merges: ['A3:A5'],
    });
    const { problems, rows, sources } = await readLedgerWorkbook(file, { kind: 'master' });
    expect(problems).toEqual([]);
    expect(rows).toHaveLength(4);
    expect(sources.map((source) => source.writtenCode)).toEqual(['1', '2', null, null]);
  });

  it('explains each problem in plain Chinese, naming the column and what was expected', async () => {
    const file = await buildWorkbook({
      rows: [
        ['重点任务', '完成时限'],
        ['任务一', '尽快'],
      ],
    });
    const [problem] = (await readLedgerWorkbook(file, { kind: 'master' })).problems;
    expect(problem?.messageZh).toBe('“完成时限”无法识别：“尽快”。应写成如“2023年6月底前”“2024年三季度”“2025年底”或“长期坚持”');
    expect(problem?.messageEn).toContain('not understood');
  });

  it('takes a date typed into a General cell (a bare serial) as that date, and says what a serial written as text looks like', async () => {
    const file = await buildWorkbook({
      rows: [
        ['重点任务', '完成时限'],
        ['任务一', 45107],
        ['任务二', '45107'],
      ],
    });
    const { problems, rows } = await readLedgerWorkbook(file, { kind: 'master' });
    expect(rows[0]).toMatchObject({ deadlineText: '2023-06-30', deadline: '2023-06-30' });
    expect(problems.map(where)).toEqual([['BAD_DEADLINE', 'Sheet1', 3, 'B', 'deadlineText']]);
    expect(problems[0]?.messageZh).toBe(
      '“完成时限”的“45107”看起来是Excel的日期序号（45107即2023-06-30），但单元格是文本。请把单元格格式设为“日期”，或改写为如“2023年6月30日前”“2023年6月底前”',
    );
  });

  it('asks for a year when quarter columns have none and no default year was given', async () => {
    const file = await buildWorkbook({
      rows: [
        ['重点任务', '一季度', '二季度'],
        ['任务一', '启动', '推进'],
      ],
    });
    const { problems } = await readLedgerWorkbook(file, { kind: 'master' });
    expect(problems.map(where)).toEqual([
      ['MISSING_YEAR', 'Sheet1', 1, 'B', 'quarterlyPlans'],
      ['MISSING_YEAR', 'Sheet1', 1, 'C', 'quarterlyPlans'],
    ]);
  });

  it('refuses two columns that mean the same thing', async () => {
    const file = await buildWorkbook({
      rows: [
        ['重点任务', '责任单位', '牵头部门'],
        ['任务一', '市科技局', '市发改委'],
      ],
    });
    const { problems } = await readLedgerWorkbook(file, { kind: 'master' });
    expect(problems.map(where)).toEqual([['DUPLICATE_COLUMN', 'Sheet1', 1, 'C', null]]);
    expect(problems[0]?.messageZh).toContain('B列 责任单位');
  });

  it('reports bad numbers, years and pilot words in typed ledgers', async () => {
    const indicators = await buildWorkbook({
      rows: [
        ['指标名称', '单位', '基期年', '基期值', '省定目标'],
        ['研发投入强度', '%', '二〇二〇', '约2.4', '2.5家'],
      ],
    });
    const indicatorProblems = (await readLedgerWorkbook(indicators, { kind: 'key_indicators' })).problems;
    expect(indicatorProblems.map((p) => [p.code, p.column])).toEqual([
      ['BAD_YEAR', 'C'],
      ['BAD_NUMBER', 'D'],
      ['BAD_NUMBER', 'E'],
    ]);
    const pilots = await buildWorkbook({
      rows: [
        ['试点名称', '级别', '创建进度'],
        ['某试点', '市级', '看情况'],
      ],
    });
    const pilotProblems = (await readLedgerWorkbook(pilots, { kind: 'pilots' })).problems;
    expect(pilotProblems.map((p) => [p.code, p.column])).toEqual([
      ['BAD_PILOT_LEVEL', 'B'],
      ['BAD_PILOT_STAGE', 'C'],
    ]);
  });

  it('reports formulas saved without a result and error values instead of evaluating them', async () => {
    const file = await buildWorkbook({
      rows: [
        ['重点任务', '责任单位', '备注'],
        [{ formula: 'A1&"x"' }, { error: '#N/A' }, '正常'],
      ],
    });
    const { problems } = await readLedgerWorkbook(file, { kind: 'master' });
    expect(problems.map((p) => [p.code, p.column])).toEqual([
      ['FORMULA_WITHOUT_RESULT', 'A'],
      ['CELL_ERROR', 'B'],
    ]);
  });

  it('says when no header row can be found', async () => {
    const file = await buildWorkbook({
      rows: [
        ['甲', '乙'],
        ['1', '2'],
      ],
    });
    const { problems, sheets } = await readLedgerWorkbook(file, { kind: 'master' });
    expect(problems.map(where)).toEqual([['UNKNOWN_LAYOUT', 'Sheet1', null, null, null]]);
    expect(sheets[0]?.status).toBe('no_header');
  });

  it('says an empty workbook is empty: no data rows, or no sheet at all', async () => {
    const headerOnly = await buildWorkbook({ rows: [['序号', '重点任务', '责任单位']] });
    expect((await readLedgerWorkbook(headerOnly, { kind: 'master' })).problems.map((p) => p.code)).toEqual(['EMPTY_WORKBOOK']);
    const blankSheet = await buildWorkbook({ rows: [] });
    expect((await readLedgerWorkbook(blankSheet, { kind: 'master' })).problems.map((p) => p.code)).toEqual(['EMPTY_WORKBOOK']);
    const noSheet = Buffer.from(await new ExcelJS.Workbook().xlsx.writeBuffer());
    expect((await readLedgerWorkbook(noSheet, { kind: 'master' })).problems.map((p) => p.code)).toEqual(['EMPTY_WORKBOOK']);
  });

  it('refuses a sheet with more rows than the limit', async () => {
    const rows = [['重点任务', '责任单位'], ...Array.from({ length: 30 }, (_, i) => [`任务${i}`, '市科技局'])];
    const { problems } = await readLedgerWorkbook(await buildWorkbook({ rows }), { kind: 'master', limits: { maxRows: 20 } });
    expect(problems.map(where)).toEqual([['TOO_MANY_ROWS', 'Sheet1', null, null, null]]);
  });

  it('refuses a sheet wider than the column limit', async () => {
    const wide = [
      ['重点任务', '责任单位', ...Array.from({ length: 10 }, () => null), '远处的内容'],
      ['任务一', '市科技局'],
    ];
    const { problems, sheets } = await readLedgerWorkbook(await buildWorkbook({ rows: wide }), { kind: 'master', limits: { maxColumns: 10 } });
    expect(problems.map(where)).toEqual([['TOO_MANY_COLUMNS', 'Sheet1', null, null, null]]);
    expect(sheets[0]?.status).toBe('too_large');
  });

  it('turns a hostile or wrong file into one problem before ExcelJS sees it', async () => {
    const csv = await readLedgerWorkbook(Buffer.from('重点任务,责任单位\n任务一,市科技局\n'), { kind: 'master' });
    expect(csv).toMatchObject({ rows: [], problems: [{ code: 'NOT_XLSX_CSV', sheet: null, row: null }] });
    const junk = Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(100, 7)]);
    expect((await readLedgerWorkbook(junk, { kind: 'master' })).problems.map((p) => p.code)).toEqual(['CORRUPT_ZIP']);
  });
});

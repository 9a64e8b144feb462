import { describe, expect, it } from 'vitest';
import { readLedgerWorkbook } from './read-ledger-workbook.js';
import { buildWorkbook } from '../../../test/support/build-workbook.js';

/** Workbooks laid out the various ways offices make them, built here so each test shows its layout. */
describe('reading ledgers in the layouts offices use', () => {
  it('matches headers by meaning, in any column order', async () => {
    const file = await buildWorkbook({
      rows: [
        ['任务名称', '编号', '牵头部门', '主要措施', '工作目标', '分管市领导', '配合\n部门', '时间节点（年月）', '具体科室', '联系人', '联系电话', '备注'],
        [
          '建设国家创新型城市',
          '1-05',
          '市科技局',
          '完善创新体系',
          '研发投入强度2.8%',
          '张三',
          '市财政局',
          '2025年底前',
          '规划科',
          '李四',
          '０６３１-１２３４５６７',
          '示例',
        ],
      ],
    });
    const { rows, problems, sheets } = await readLedgerWorkbook(file, { kind: 'master' });
    expect(problems).toEqual([]);
    expect(sheets[0]?.headerRows).toEqual({ first: 1, last: 1 });
    expect(rows).toMatchObject([
      {
        code: '1-05',
        title: '建设国家创新型城市',
        leadDepartments: ['市科技局'],
        coDepartments: ['市财政局'],
        measures: '完善创新体系',
        targets: '研发投入强度2.8%',
        leaderName: '张三',
        deadlineText: '2025年底前',
        deadline: '2025-12-31',
        section: '规划科',
        staffName: '李四',
        staffPhone: '0631-1234567',
        remarks: '示例',
      },
    ]);
  });

  it('reads quarter columns under a merged 季度推进计划 group with "2023年一季度" sub-headers over two years', async () => {
    const quarters = ['2023年一季度', '2023年二季度', '2023年三季度', '2023年四季度', '2024年一季度', '2024年二季度', '2024年三季度', '2024年四季度'];
    const file = await buildWorkbook({
      rows: [
        ['某某台账'],
        ['填报单位：市发展改革委'],
        ['序号', '重点任务', '责任单位', '季度推进计划', null, null, null, null, null, null, null, '备注'],
        [null, null, null, ...quarters, null],
        ['一、动能转换'],
        [1, '实施骨干企业倍增计划', '市工业和信息化局', '启动', '完成年度任务的50%', '完成年度任务的75%', '完成年度任务', 'a', 'b', 'c', 'd', null],
      ],
      merges: ['A1:L1', 'A2:L2', 'A3:A4', 'B3:B4', 'C3:C4', 'D3:K3', 'L3:L4', 'A5:L5'],
    });
    const { rows, problems, sheets } = await readLedgerWorkbook(file, { kind: 'master' });
    expect(problems).toEqual([]);
    expect(sheets[0]).toMatchObject({ title: '某某台账', notes: ['填报单位：市发展改革委'], years: [2023, 2024] });
    expect(rows[0]?.quarterlyPlans.map((plan) => [plan.period, plan.milestone, plan.cumulativePercent])).toEqual([
      ['2023Q1', '启动', null],
      ['2023Q2', '完成年度任务的50%', 50],
      ['2023Q3', '完成年度任务的75%', 75],
      ['2023Q4', '完成年度任务', 100],
      ['2024Q1', 'a', null],
      ['2024Q2', 'b', null],
      ['2024Q3', 'c', null],
      ['2024Q4', 'd', null],
    ]);
    expect(rows[0]).toMatchObject({ code: '1-01', areaNumeral: '一', areaTitle: '动能转换' });
  });

  it('keeps a group row above the field names as part of the header', async () => {
    const file = await buildWorkbook({
      rows: [['台账标题'], ['基本情况', null, '2023年推进计划', null], ['重点任务', '责任单位', '一季度', '二季度'], ['任务一', '市科技局', '启动', '推进']],
      merges: ['A1:D1', 'A2:B2', 'C2:D2'],
    });
    const { rows, problems, sheets } = await readLedgerWorkbook(file, { kind: 'master' });
    expect(problems).toEqual([]);
    expect(sheets[0]).toMatchObject({ title: '台账标题', headerRows: { first: 2, last: 3 } });
    expect(rows[0]?.quarterlyPlans.map((plan) => plan.period)).toEqual(['2023Q1', '2023Q2']);
  });

  it('takes the year of "一季度推进计划" columns from the default year, and of three header rows from the middle one', async () => {
    const noYear = await buildWorkbook({
      rows: [
        ['重点任务', '责任单位', '一季度推进计划', '二季度推进计划'],
        ['任务甲', '市科技局', '启动', '推进'],
      ],
    });
    const withDefault = await readLedgerWorkbook(noYear, { kind: 'master', defaultYear: 2025 });
    expect(withDefault.rows[0]?.quarterlyPlans.map((plan) => plan.period)).toEqual(['2025Q1', '2025Q2']);
    const threeRows = await buildWorkbook({
      rows: [
        ['序号', '重点任务', '推进计划', null],
        [null, null, '2024年', null],
        [null, null, '一季度', '二季度'],
        ['1', '任务乙', '启动', '推进'],
      ],
      merges: ['A1:A3', 'B1:B3', 'C1:D1', 'C2:D2'],
    });
    const read = await readLedgerWorkbook(threeRows, { kind: 'master' });
    expect(read.problems).toEqual([]);
    expect(read.rows[0]?.quarterlyPlans.map((plan) => plan.period)).toEqual(['2024Q1', '2024Q2']);
  });

  it('follows area rows of every style and skips blank and pre-numbered empty rows', async () => {
    const file = await buildWorkbook({
      rows: [
        ['序号', '重点任务', '责任单位'],
        ['第一部分 科技创新'],
        ['1.', '任务一', '市科技局'],
        [null, null, null],
        ['2、', '任务二', '市科技局'],
        ['二', '产业体系', null],
        ['（3）', '任务三', '市工信局'],
        ['4', null, null],
        ['注：本表为示例。'],
      ],
      merges: ['A2:C2', 'A9:C9'],
    });
    const { rows, problems, sheets } = await readLedgerWorkbook(file, { kind: 'master' });
    expect(problems).toEqual([]);
    expect(rows.map((row) => [row.code, row.areaNumeral, row.areaTitle, row.title])).toEqual([
      ['1-01', '一', '科技创新', '任务一'],
      ['1-02', '一', '科技创新', '任务二'],
      ['2-01', '二', '产业体系', '任务三'],
    ]);
    expect(sheets[0]?.notes).toEqual(['注：本表为示例。']);
  });

  it('normalises full-width characters, keeps multi-line cells and splits department lists', async () => {
    const file = await buildWorkbook({
      rows: [
        ['序号', '重点任务', '工作措施', '责任单位', '配合单位', '完成时限'],
        ['１', '推进ＰＭ２.５治理', '  1.制定方案；\n  2.组织实施。 ', '市生态环境局、市发改委', '市财政局，市工信局;市交通局\n市住建局', '２０２３年６月底前'],
        ['2', '推进清洁能源', null, null, '市统计局', '2023年年底'],
      ],
      merges: ['D2:D3'],
    });
    const { rows, problems } = await readLedgerWorkbook(file, { kind: 'master' });
    expect(problems).toEqual([]);
    expect(rows[0]).toMatchObject({
      title: '推进PM2.5治理',
      measures: '1.制定方案；\n2.组织实施。',
      leadDepartments: ['市生态环境局', '市发改委'],
      coDepartments: ['市财政局', '市工信局', '市交通局', '市住建局'],
      deadline: '2023-06-30',
    });
    // A lead department merged down over two items leads both.
    expect(rows[1]).toMatchObject({ leadDepartments: ['市生态环境局', '市发改委'], deadline: '2023-12-31' });
  });

  it('uses the cached result of formulas and never evaluates them', async () => {
    const file = await buildWorkbook({
      rows: [
        ['重点任务', '责任单位', '完成时限'],
        [{ formula: 'CONCAT("任务","丙")', result: '任务丙' }, '市科技局', { formula: '"2023年底"', result: '2023年底' }],
      ],
    });
    const { rows, problems } = await readLedgerWorkbook(file, { kind: 'master' });
    expect(problems).toEqual([]);
    expect(rows[0]).toMatchObject({ title: '任务丙', deadline: '2023-12-31' });
  });

  it('reads an Excel date cell in 完成时限 as that date', async () => {
    const file = await buildWorkbook({
      rows: [
        ['重点任务', '完成时限'],
        ['任务一', new Date(Date.UTC(2024, 8, 30))],
      ],
    });
    const { rows } = await readLedgerWorkbook(file, { kind: 'master' });
    expect(rows[0]).toMatchObject({ deadlineText: '2024-09-30', deadline: '2024-09-30' });
  });

  it('reads an indicator ledger with baseline year in the header and yearly targets under a group', async () => {
    const file = await buildWorkbook({
      rows: [
        ['序号', '指标名称', '单位', '2020年基数', '省定目标', '冲击目标', '目标值', '年度目标', null, '责任单位'],
        [null, null, null, null, null, null, null, '2023年', '2024年', null],
        [1, '全社会研发经费投入强度', '%', 2.4, '2.5%', 3, '2.8%左右', 2.5, '2.65', '市科技局'],
        [2, '每万人口高价值发明专利拥有量', '件', null, null, null, '较基期翻番', null, null, '市市场监管局'],
      ],
      merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:E2', 'F1:F2', 'G1:G2', 'H1:I1', 'J1:J2'],
    });
    const { rows, problems } = await readLedgerWorkbook(file, { kind: 'key_indicators' });
    expect(problems).toEqual([]);
    expect(rows[0]).toMatchObject({
      code: 'I-01',
      unit: '%',
      baselineYear: 2020,
      baselineValue: '2.4',
      provinceTarget: '2.5',
      stretchTarget: '3',
      target: '2.8',
      targetQualifier: '左右',
      targetRule: null,
      yearlyTargets: [
        { year: 2023, value: '2.5' },
        { year: 2024, value: '2.65' },
      ],
    });
    expect(rows[1]).toMatchObject({ code: 'I-02', target: null, targetRule: '较基期翻番', baselineYear: null });
  });

  it('reads pilot level and stage words into their codes', async () => {
    const file = await buildWorkbook({
      rows: [
        ['试点示范名称', '级别', '创建进度', '责任单位'],
        ['国家碳达峰试点城市', '国家级', '申报中', '市发展改革委'],
        ['省级共同富裕试点', '省级', '已获批', null],
        ['省级生态工业园区', '省级', '未获批', null],
      ],
    });
    const { rows, problems } = await readLedgerWorkbook(file, { kind: 'pilots' });
    expect(problems).toEqual([]);
    expect(rows.map((row) => [row.pilotLevel, row.pilotStage])).toEqual([
      ['national', 'applying'],
      ['provincial', 'approved'],
      ['provincial', 'rejected'],
    ]);
  });

  it('reads every visible sheet and skips hidden helper sheets', async () => {
    const sheet = (title: string, code: string) => ({
      rows: [
        ['编号', '重点任务', '责任单位'],
        [code, title, '市科技局'],
      ],
    });
    const file = await buildWorkbook(
      { name: '科技', ...sheet('任务一', '1-01') },
      { name: '产业', ...sheet('任务二', '2-01') },
      {
        name: '下拉选项',
        state: 'hidden',
        rows: [
          ['编号', '重点任务'],
          ['x', 'y'],
        ],
      },
    );
    const { rows, sheets, sources } = await readLedgerWorkbook(file, { kind: 'master' });
    expect(rows.map((row) => row.code)).toEqual(['1-01', '2-01']);
    expect(sources.map(({ sheet, row }) => ({ sheet, row }))).toEqual([
      { sheet: '科技', row: 2 },
      { sheet: '产业', row: 2 },
    ]);
    expect(sheets.map((s) => s.status)).toEqual(['read', 'read', 'hidden']);
  });

  it('lists the columns it did not recognise instead of guessing', async () => {
    const file = await buildWorkbook({
      rows: [
        ['重点任务', '责任单位', '进展情况'],
        ['任务一', '市科技局', '已完成'],
      ],
    });
    const { sheets } = await readLedgerWorkbook(file, { kind: 'master' });
    expect(sheets[0]?.ignoredColumns).toEqual([{ column: 'C', header: '进展情况' }]);
  });

  it('gives a milestone merged across several quarters to each of them, but a merged text cell only to its first column', async () => {
    const file = await buildWorkbook({
      rows: [
        ['重点任务', '工作措施', '目标任务', '2023年一季度', '2023年二季度', '2023年三季度', '2023年四季度'],
        ['任务一', '措施与目标合写', null, '启动', '持续推进', null, null],
      ],
      merges: ['B2:C2', 'E2:G2'],
    });
    const { rows, problems } = await readLedgerWorkbook(file, { kind: 'master' });
    expect(problems).toEqual([]);
    expect(rows[0]).toMatchObject({ measures: '措施与目标合写', targets: null });
    expect(rows[0]?.quarterlyPlans.map((plan) => [plan.period, plan.milestone])).toEqual([
      ['2023Q1', '启动'],
      ['2023Q2', '持续推进'],
      ['2023Q3', '持续推进'],
      ['2023Q4', '持续推进'],
    ]);
  });
});

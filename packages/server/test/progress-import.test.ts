import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCycle, buildIndicator, buildItem, buildReport } from './support/factories.js';
import { buildWorkbook } from './support/build-workbook.js';
import type { SheetCell } from './support/build-workbook.js';
import { hqSession, useImportTestApp } from './support/import-client.js';
import { buildOfficeWithoutItems, departmentIdOf } from './support/ledger-fixtures.js';
import type { OfficeFixture } from './support/ledger-fixtures.js';
import { postMultipart } from './support/multipart.js';
import { cliEnvironment, runPlantrack, SLOW_TEST_MS } from './support/run-plantrack.js';
import type { Session } from './support/test-app.js';

/** 历史数据导入: an office adopting the system mid-plan brings in the quarters it already reported, from its own ledgers. */
const { app, office } = useImportTestApp();
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function uploadProgress(hq: Session, step: 'preview' | 'commit', file: Buffer, fields: Record<string, string> = {}, fileName = '进展台账.xlsx') {
  const parts = [...Object.entries(fields).map(([field, content]) => ({ field, content })), { field: 'file', fileName, content: file, contentType: XLSX }];
  return postMultipart(app().app, hq, `/api/imports/progress/${step}`, parts);
}

/** Four tasks of two departments, as the plan holds them before any progress. */
async function officeWithTasks() {
  const { fixture, hq } = await office();
  const kjj = await departmentIdOf(app().db, fixture, '市科技局');
  const fgw = await departmentIdOf(app().db, fixture, '市发展改革委');
  await buildItem(app().db, fixture, { code: '1-01', title: '建设科技创新平台', leadDepartmentId: kjj });
  await buildItem(app().db, fixture, { code: '1-02', title: '培育高新技术企业', leadDepartmentId: kjj });
  await buildItem(app().db, fixture, { code: '2-01', title: '推进重大项目建设', leadDepartmentId: fgw });
  // In the plan but in no file below unless a test adds its row.
  await buildItem(app().db, fixture, { code: '2-02', title: '优化营商环境', leadDepartmentId: fgw });
  return { fixture, hq };
}

/** Quarters side by side: 2023年一季度 and 二季度, each over 进展情况 | 完成比例 | 存在问题. */
function sideBySide(rows: SheetCell[][]) {
  return buildWorkbook({
    name: '2023年进展',
    rows: [
      ['序号', '重点任务', '2023年一季度', null, null, '2023年二季度', null, null],
      [null, null, '进展情况', '完成比例', '存在问题', '进展情况', '完成比例', '存在问题'],
      ...rows,
    ],
    merges: ['A1:A2', 'B1:B2', 'C1:E1', 'F1:H1'],
  });
}

const SIDE_BY_SIDE_ROWS: SheetCell[][] = [
  ['1-01', '建设科技创新平台', '完成选址', 0.3, null, '主体完工', '100%', null],
  ['1-02', '培育高新技术企业', '摸排企业', 20, '申报意愿不足', '组织申报', 50, null],
  ['2-01', '推进重大项目建设', '签约项目', 25, null, '开工建设', 60, '用地指标紧张'],
];

async function reportsOf(fixture: OfficeFixture) {
  return app()
    .db.selectFrom('progressReports as r')
    .innerJoin('items', 'items.id', 'r.itemId')
    .select([
      'items.code',
      'r.period',
      'r.state',
      'r.completionBp',
      'r.progressState',
      'r.problems',
      'r.submittedBy',
      'r.reviewedBy',
      'r.reviewComment',
      'r.submittedAt',
      'r.version',
      'r.id',
    ])
    .where('items.planId', '=', fixture.planId)
    .orderBy('r.period')
    .orderBy('items.code')
    .execute();
}

async function userIdOf(hq: Session): Promise<number> {
  return (await hq.get('/api/auth/me')).json().user.id;
}

describe('importing past quarters side by side in one sheet', () => {
  it('previews by quarter and department, then lands approved reports attributed to the import and the office, with closed cycles', async () => {
    const { fixture, hq } = await officeWithTasks();
    const file = await sideBySide(SIDE_BY_SIDE_ROWS);
    const preview = (await uploadProgress(hq, 'preview', file)).json();
    expect(preview).toMatchObject({ isValid: true, problems: [] });
    expect(preview.quarters).toEqual([
      {
        period: '2023Q1',
        departments: expect.arrayContaining([
          { department: '市科技局', created: 2, replaced: 0 },
          { department: '市发展改革委', created: 1, replaced: 0 },
        ]),
      },
      { period: '2023Q2', departments: expect.arrayContaining([{ department: '市科技局', created: 2, replaced: 0 }]) },
    ]);
    expect(await reportsOf(fixture)).toEqual([]);

    const commit = await uploadProgress(hq, 'commit', file, { token: preview.token });
    expect(commit.statusCode).toBe(200);
    const reports = await reportsOf(fixture);
    expect(reports).toHaveLength(6);
    const userId = await userIdOf(hq);
    for (const report of reports) {
      expect(report).toMatchObject({ state: 'approved', submittedBy: userId, reviewedBy: userId });
      expect(report.reviewComment).toContain('历史数据导入：进展台账.xlsx');
    }
    expect(reports.map((r) => [r.code, r.period, r.completionBp, r.progressState])).toEqual([
      ['1-01', '2023Q1', 3000, 'in_progress'],
      ['1-02', '2023Q1', 2000, 'in_progress'],
      ['2-01', '2023Q1', 2500, 'in_progress'],
      ['1-01', '2023Q2', 10000, 'completed'],
      ['1-02', '2023Q2', 5000, 'in_progress'],
      ['2-01', '2023Q2', 6000, 'in_progress'],
    ]);
    const cycles = await app().db.selectFrom('reportingCycles').select(['period', 'status']).where('planId', '=', fixture.planId).orderBy('period').execute();
    expect(cycles).toEqual([
      { period: '2023Q1', status: 'closed' },
      { period: '2023Q2', status: 'closed' },
    ]);
    const audit = await app().db.selectFrom('auditLog').select(['action', 'after']).where('organisationId', '=', fixture.organisationId).execute();
    expect(audit.filter((a) => a.action === 'report.import')).toHaveLength(6);
    const own = audit.find((a) => a.action === 'progress.import');
    expect(JSON.parse(own!.after!)).toMatchObject({ source: '历史数据导入', fileName: '进展台账.xlsx', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const itemId = (await hq.get('/api/items?q=建设科技创新平台')).json().items[0].id;
    const history = (await hq.get(`/api/items/${itemId}/history`)).json().entries;
    const imported = history.filter((entry: { action: string }) => entry.action === 'report.import');
    expect(imported.map((entry: { period: string }) => entry.period).sort()).toEqual(['2023Q1', '2023Q2']);
    const comment = imported[0].changes.find((c: { field: string }) => c.field === 'reviewComment');
    expect(comment.after).toMatch(/^历史数据导入：进展台账\.xlsx（SHA-256 [0-9a-f]{64}）$/);
  });

  it('makes the dashboard of that past quarter show the imported statuses, not "not reported"', async () => {
    const { hq } = await officeWithTasks();
    expect((await uploadProgress(hq, 'commit', await sideBySide(SIDE_BY_SIDE_ROWS))).statusCode).toBe(200);
    const { totals } = (await hq.get('/api/dashboard/summary?asOf=2023Q2')).json();
    // 1-01 reported complete; 2-02, which the file leaves out, is the only one not reported for the closed quarter.
    expect(totals).toMatchObject({ total: 4, completed: 1, not_reported: 1 });
  });
});

describe('importing one workbook per quarter', () => {
  it('takes the quarter from the sheet name, or from the quarter the office chooses', async () => {
    const { fixture, hq } = await officeWithTasks();
    const rows: SheetCell[][] = [
      ['序号', '重点任务', '进展情况', '完成比例', '存在问题'],
      ['1-01', '建设科技创新平台', '推进中', 40, null],
    ];
    const named = await buildWorkbook({ name: '2023年三季度', rows });
    expect((await uploadProgress(hq, 'commit', named)).statusCode).toBe(200);
    const unnamed = await buildWorkbook({ name: 'Sheet1', rows });
    const refused = (await uploadProgress(hq, 'preview', unnamed)).json();
    expect(refused.problems.map((p: { code: string }) => p.code)).toContain('MISSING_QUARTER');
    expect((await uploadProgress(hq, 'commit', unnamed, { quarter: '2023Q4' })).statusCode).toBe(200);
    expect((await reportsOf(fixture)).map((r) => [r.code, r.period, r.completionBp])).toEqual([
      ['1-01', '2023Q3', 4000],
      ['1-01', '2023Q4', 4000],
    ]);
  });
});

describe('importing past indicator values', () => {
  it("lands each quarter's value and provincial rank approved and marked as imported; a task without an indicator or a rank in words is refused", async () => {
    const { fixture, hq } = await officeWithTasks();
    const indicator = await buildIndicator(app().db, fixture, { name: '研发经费投入强度', unit: '%' });
    const workbook = (rows: SheetCell[][]) => buildWorkbook({ name: '2023年二季度', rows: [['序号', '重点任务', '本期值', '全省排名'], ...rows] });
    const refused = (
      await uploadProgress(
        hq,
        'preview',
        await workbook([
          [null, '研发经费投入强度', 2.85, '第三'],
          ['1-01', '建设科技创新平台', 5, 1],
        ]),
      )
    ).json();
    expect(refused.problems.map((p: { code: string; row: number; column: string | null }) => [p.code, p.row, p.column])).toEqual([
      ['BAD_NUMBER', 2, 'D'],
      ['NOT_AN_INDICATOR', 3, null],
    ]);
    expect(refused.problems[1].messageZh).toContain('不是指标');

    expect((await uploadProgress(hq, 'commit', await workbook([[null, '研发经费投入强度', 2.85, 3]]), {}, '指标历史.xlsx')).statusCode).toBe(200);
    const values = await app().db.selectFrom('indicatorValues').selectAll().where('indicatorId', '=', indicator.id).execute();
    expect(values).toMatchObject([{ period: '2023Q2', value: '2.85', provincialRank: 3, state: 'approved', submittedBy: await userIdOf(hq) }]);
    expect(values[0]!.reviewComment).toContain('历史数据导入：指标历史.xlsx');
    // A value alone is no progress report.
    expect(await reportsOf(fixture)).toEqual([]);
  });
});

describe('refusing a progress file', () => {
  const cases: [string, SheetCell[], { code: string; row: number; column: string | null; zh: string }][] = [
    [
      'an unknown task',
      ['9-99', '不存在的任务', '进展', 10, null, null, null, null],
      { code: 'UNKNOWN_TASK', row: 6, column: null, zh: '不是当前计划中的任务' },
    ],
    [
      'a percent over 100',
      ['2-02', '优化营商环境', '进展', 120, null, null, null, null],
      { code: 'PERCENT_OUT_OF_RANGE', row: 6, column: 'D', zh: '应为0到100之间的百分比' },
    ],
    [
      'a text in a number column',
      ['2-02', '优化营商环境', '进展', '过半', null, null, null, null],
      { code: 'BAD_NUMBER', row: 6, column: 'D', zh: '应为数字' },
    ],
    [
      'a duplicate task in one quarter',
      ['1-01', '建设科技创新平台', '又一行', 10, null, null, null, null],
      { code: 'DUPLICATE_TASK', row: 6, column: null, zh: '任务名称相同' },
    ],
  ];
  it.each(cases)('%s, by sheet, row and column in Chinese, and changes nothing', async (_name, bad, expected) => {
    const { fixture, hq } = await officeWithTasks();
    const file = await sideBySide([...SIDE_BY_SIDE_ROWS, bad]);
    const preview = (await uploadProgress(hq, 'preview', file)).json();
    expect(preview.isValid).toBe(false);
    expect(preview.problems).toHaveLength(1);
    expect(preview.problems[0]).toMatchObject({ sheet: '2023年进展', row: expected.row, column: expected.column, code: expected.code });
    expect(preview.problems[0].messageZh).toContain(expected.zh);
    const commit = await uploadProgress(hq, 'commit', file);
    expect(commit.statusCode).toBe(422);
    expect(commit.json().error.code).toBe('IMPORT_HAS_PROBLEMS');
    expect(await reportsOf(fixture)).toEqual([]);
  });

  it('a quarter already reported, unless the office replaces it, keeping the replaced version', async () => {
    const { fixture, hq } = await officeWithTasks();
    const file = await sideBySide(SIDE_BY_SIDE_ROWS);
    expect((await uploadProgress(hq, 'commit', file)).statusCode).toBe(200);
    const corrected = await sideBySide(SIDE_BY_SIDE_ROWS.map((row) => (row[0] === '1-02' ? [...row.slice(0, 3), 35, ...row.slice(4)] : row)));
    const refused = (await uploadProgress(hq, 'preview', corrected)).json();
    expect(refused.problems[0]).toMatchObject({ code: 'QUARTER_ALREADY_REPORTED', sheet: '2023年进展', row: 3 });
    expect(refused.problems[0].messageZh).toContain('已有进展报告');
    expect((await uploadProgress(hq, 'commit', corrected)).statusCode).toBe(422);
    expect((await reportsOf(fixture)).find((r) => r.code === '1-02' && r.period === '2023Q1')?.completionBp).toBe(2000);

    expect((await uploadProgress(hq, 'commit', corrected, { replace: 'true' })).statusCode).toBe(200);
    const replaced = (await reportsOf(fixture)).find((r) => r.code === '1-02' && r.period === '2023Q1')!;
    expect(replaced).toMatchObject({ completionBp: 3500, version: 2 });
    const versions = await app()
      .db.selectFrom('reportVersions')
      .select(['version', 'snapshot'])
      .where('reportId', '=', replaced.id)
      .orderBy('version')
      .execute();
    expect(versions.map((v) => [v.version, JSON.parse(v.snapshot).completionBp])).toEqual([
      [1, 2000],
      [2, 3500],
    ]);
  });

  it('a quarter whose cycle is still open', async () => {
    const { fixture, hq } = await officeWithTasks();
    await buildCycle(app().db, fixture, { period: '2023Q2', status: 'open' });
    const preview = (await uploadProgress(hq, 'preview', await sideBySide(SIDE_BY_SIDE_ROWS))).json();
    expect(preview.problems.map((p: { code: string }) => p.code)).toEqual(['QUARTER_CYCLE_OPEN']);
    expect(await reportsOf(fixture)).toEqual([]);
  });
});

describe('plantrack import FILE --progress', () => {
  it(
    'checks with --dry-run, writing nothing, then imports the quarter given with --quarter, audited as the system',
    async () => {
      const { fixture } = await officeWithTasks();
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plantrack-progress-'));
      const file = path.join(dir, '三季度进展.xlsx');
      fs.writeFileSync(
        file,
        await buildWorkbook({
          rows: [
            ['序号', '重点任务', '进展情况', '完成比例'],
            ['1-01', '建设科技创新平台', '推进中', 40],
          ],
        }),
      );
      const env = cliEnvironment(app().database.target);
      const organisation = ['--organisation', fixture.organisationCode];
      const dry = await runPlantrack(env, 'import', file, '--progress', '--quarter', '2023Q3', '--dry-run', ...organisation);
      expect(dry.code, dry.stderr).toBe(0);
      expect(dry.stdout).toContain('2023Q3：市科技局 1项');
      expect(await reportsOf(fixture)).toEqual([]);

      const refused = await runPlantrack(env, 'import', file, '--progress', ...organisation);
      expect(refused.code).not.toBe(0);
      expect(refused.stderr).toContain('没有写明季度');

      const real = await runPlantrack(env, 'import', file, '--progress', '--quarter', '2023Q3', ...organisation);
      expect(real.code, real.stderr).toBe(0);
      expect((await reportsOf(fixture)).map((r) => [r.code, r.period, r.state, r.submittedBy])).toEqual([['1-01', '2023Q3', 'approved', null]]);
      fs.rmSync(dir, { recursive: true, force: true });
    },
    SLOW_TEST_MS,
  );
});

describe('a year of history, reported in the app in one office and imported into another', () => {
  const QUARTERS = ['2023Q1', '2023Q2', '2023Q3', '2023Q4'];
  const TASKS = [
    { code: '1-01', title: '建设科技创新平台', lead: '市科技局' },
    { code: '1-02', title: '培育高新技术企业', lead: '市科技局' },
    { code: '2-01', title: '推进重大项目建设', lead: '市发展改革委' },
    { code: '2-02', title: '优化营商环境', lead: '市发展改革委' },
    { code: '2-03', title: '扩大有效投资', lead: '市发展改革委' },
  ];
  /** Generated history: a % per task and quarter (null: not reported), some behind plan, some ahead, one done. */
  const reported = (task: number, quarter: number): number | null => {
    if (task === 4 && quarter === 2) return null;
    return Math.min(100, [7, 12, 15, 9, 20][task]! * (quarter + 1) + (task === 0 && quarter === 3 ? 80 : 0));
  };

  async function officeWithPlan() {
    const fixture = await buildOfficeWithoutItems(app().db);
    const ids: number[] = [];
    for (const task of TASKS) {
      const item = await buildItem(app().db, fixture, {
        code: task.code,
        title: task.title,
        leadDepartmentId: await departmentIdOf(app().db, fixture, task.lead),
      });
      ids.push(item.id);
      for (const [index, period] of QUARTERS.entries()) {
        const stamps = { createdAt: new Date().toISOString(), updatedAt: new Date().toISOString() };
        await app()
          .db.insertInto('quarterlyPlans')
          .values({ itemId: item.id, period, milestone: `节点${index + 1}`, cumulativeBp: [1000, 2500, 4000, 5000][index]!, basis: 'cumulative', ...stamps })
          .execute();
      }
    }
    return { fixture, ids, hq: await hqSession(app(), fixture) };
  }

  /** What the office and the leaders compare quarter by quarter, without the ids that differ between databases. */
  async function judged(hq: Session, period: string) {
    const summary = (await hq.get(`/api/dashboard/summary?asOf=${period}`)).json();
    const withoutIds = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(withoutIds)
        : value && typeof value === 'object'
          ? Object.fromEntries(Object.entries(value).flatMap(([key, v]) => (/^id$|Id$|Ids$/.test(key) ? [] : [[key, withoutIds(v)]])))
          : value;
    return { totals: summary.totals, ranking: withoutIds(summary.ranking) };
  }

  it('gives the same statuses, scores and rankings per quarter, from both layouts', async () => {
    const source = await officeWithPlan();
    for (const [quarter, period] of QUARTERS.entries()) {
      const cycle = await buildCycle(app().db, source.fixture, { period, deadline: periodEnd(period), status: 'closed' });
      for (const [task, itemId] of source.ids.entries()) {
        const percent = reported(task, quarter);
        if (percent === null) continue;
        const report = await buildReport(app().db, cycle, itemId, { state: 'approved', completionBp: percent * 100 });
        await app()
          .db.updateTable('progressReports')
          .set({ progressState: percent === 100 ? 'completed' : 'in_progress', submittedAt: `${periodEnd(period)}T01:00:00.000Z` })
          .where('id', '=', report.id)
          .execute();
      }
    }

    const target = await officeWithPlan();
    // The first half year side by side in one sheet, the second half one workbook per quarter.
    const sideBySideRows = TASKS.map((task, index) => [task.code, task.title, ...[0, 1].flatMap((q) => ['推进中', reported(index, q), null])]);
    expect((await uploadProgress(target.hq, 'commit', await sideBySide(sideBySideRows))).statusCode).toBe(200);
    for (const quarter of [2, 3]) {
      const rows: SheetCell[][] = [
        ['序号', '重点任务', '进展情况', '完成比例'],
        ...TASKS.map((task, index) => [task.code, task.title, reported(index, quarter) === null ? null : '推进中', reported(index, quarter)]),
      ];
      const workbook = await buildWorkbook({ name: `${QUARTERS[quarter]!.slice(0, 4)}年${['一', '二', '三', '四'][quarter]}季度`, rows });
      expect((await uploadProgress(target.hq, 'commit', workbook, {}, `${QUARTERS[quarter]}进展.xlsx`)).statusCode).toBe(200);
    }

    for (const period of QUARTERS) {
      const [expected, actual] = [await judged(source.hq, period), await judged(target.hq, period)];
      expect({ period, ...actual }).toEqual({ period, ...expected });
    }
    // Not a comparison of two empty dashboards: the history judges.
    expect((await judged(target.hq, '2023Q4')).totals).toMatchObject({ total: 5, completed: 1 });
    expect((await judged(target.hq, '2023Q3')).totals.not_reported).toBe(1);
    expect(JSON.stringify((await judged(target.hq, '2023Q2')).ranking)).toContain('市发展改革委');
  });
});

function periodEnd(period: string): string {
  return `${period.slice(0, 4)}-${['03-31', '06-30', '09-30', '12-31'][Number(period.slice(5)) - 1]}`;
}

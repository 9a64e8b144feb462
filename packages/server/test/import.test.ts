import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { verifyAuditChain } from '../src/audit/verify-audit-chain.js';
import { readLedgerWorkbook } from '../src/io/ledger-xlsx/index.js';
import type { LedgerRow } from '../src/io/ledger-xlsx/index.js';
import { buildWorkbook, rewriteParts } from './support/build-workbook.js';
import { editExample, exampleLedger as example, useImportTestApp } from './support/import-client.js';
import type { OfficeFixture } from './support/ledger-fixtures.js';
import { cliEnvironment, runPlantrack, SLOW_TEST_MS } from './support/run-plantrack.js';
import type { Session } from './support/test-app.js';

/** Importing ledgers: the example file and the layouts offices use, every field checked in the database. */
const { app, office, upload, storedItem, itemCount } = useImportTestApp();

describe('importing the example master ledger', () => {
  it('previews 42 new items without a problem, then lands every field of every row in the database in one commit', async () => {
    const { fixture, hq } = await office();
    const preview = await upload(hq, 'preview', example, { ledger: 'master' }, '示例总台账.xlsx');
    expect(preview.statusCode).toBe(200);
    const body = preview.json();
    expect(body).toMatchObject({ isValid: true, problems: [], updates: [], unchanged: [], fileName: '示例总台账.xlsx' });
    expect(body.creates).toHaveLength(42);
    expect(await itemCount(fixture)).toBe(0);

    const commit = await upload(hq, 'commit', example, { ledger: 'master', token: body.token });
    expect(commit.statusCode).toBe(200);
    expect(commit.json()).toMatchObject({ isCommitted: true });
    const { rows } = await readLedgerWorkbook(example, { kind: 'master' });
    for (const row of rows) expectStored(await storedItem(fixture, row.code), row);
    expect(await itemCount(fixture)).toBe(42);
    const audit = await app().db.selectFrom('auditLog').select(['action', 'username']).where('organisationId', '=', fixture.organisationId).execute();
    expect(audit.filter((a) => a.action === 'item.import_create')).toHaveLength(42);
    expect(audit.filter((a) => a.action === 'ledger.import')).toHaveLength(1);
  });

  it('keeps each milestone on the basis its cell states, and shows nothing red that is not yet due', async () => {
    const { hq } = await office();
    expect((await upload(hq, 'commit', example, { ledger: 'master' })).statusCode).toBe(200);
    const id = (await hq.get('/api/items?q=拨投贷保')).json().items[0].id;
    const plans = (await hq.get(`/api/items/${id}/quarterly-plans`)).json().quarterlyPlans;
    // "推进实施，完成年度任务的50%" is half of 2023's task, not half of the whole three-year task.
    expect(plans.find((p: { period: string }) => p.period === '2023Q2')).toMatchObject({ cumulativePercent: 50, basis: 'annual' });
    expect(plans.find((p: { period: string }) => p.period === '2023Q4')).toMatchObject({ cumulativePercent: 100, basis: 'annual' });
    for (const quarter of ['2023Q1', '2023Q2']) {
      const { totals } = (await hq.get(`/api/dashboard/summary?asOf=${quarter}`)).json();
      expect({ quarter, red: totals.seriously_behind + totals.not_reported }).toEqual({ quarter, red: 0 });
    }
    const item = (await hq.get(`/api/items/${id}?asOf=2023Q2`)).json().item;
    expect(item.schedule).toMatchObject({ basis: 'annual', status: 'slightly_behind' });
    expect(item.schedule.reasonZh).toContain('年度任务的');
    // 2023's 100% of the year's task does not carry over: 2024 is judged on the whole task, by the line to 2025.
    const later = (await hq.get(`/api/items/${id}?asOf=2024Q2`)).json().item;
    expect(later.schedule.basis).toBe('cumulative');
    expect(later.schedule.planned).toBeLessThan(60);
  });

  it('writes one audit row per item, in file order, that extend the hash chain unbroken (plantrack audit verify)', async () => {
    const { fixture, hq } = await office();
    expect((await upload(hq, 'commit', example, { ledger: 'master' })).statusCode).toBe(200);
    const { rows } = await readLedgerWorkbook(example, { kind: 'master' });
    const audit = await app()
      .db.selectFrom('auditLog')
      .innerJoin('items', (join) => join.on(sql`cast(${sql.ref('items.id')} as text)`, '=', sql.ref('auditLog.entityId')))
      .select(['items.code', 'auditLog.action'])
      .where('auditLog.organisationId', '=', fixture.organisationId)
      .where('auditLog.action', '=', 'item.import_create')
      .where('items.planId', '=', fixture.planId)
      .orderBy('auditLog.id')
      .execute();
    expect(audit.map((a) => a.code)).toEqual(rows.map((row) => row.code));
    expect((await verifyAuditChain(app().db)).broken).toBeNull();
  });

  it('re-importing an edited file updates the matched items, creates the new one and never duplicates', async () => {
    const { fixture, hq } = await office();
    expect((await upload(hq, 'commit', example, { ledger: 'master' })).statusCode).toBe(200);
    const before = await storedItem(fixture, '1-02');
    const edited = await editExample((sheet) => {
      sheet.getCell('C7').value = '修改后的工作措施';
      sheet.getCell('J7').value = '完成年度任务的60%';
      const last = sheet.rowCount + 1;
      sheet.getCell(`B${last}`).value = '新增：建设海洋碳汇监测体系';
      sheet.getCell(`F${last}`).value = '市海洋局';
    });
    const preview = (await upload(hq, 'preview', edited, { ledger: 'master' })).json();
    expect(preview.problems).toEqual([]);
    expect(preview.updates).toEqual([
      expect.objectContaining({
        code: '1-02',
        changes: {
          measures: [before.measures, '修改后的工作措施'],
          'quarterlyPlans.2023Q2.milestone': ['推进实施，完成年度任务的50%', '完成年度任务的60%'],
          'quarterlyPlans.2023Q2.cumulativePercent': [50, 60],
        },
      }),
    ]);
    expect(preview.creates.map((c: { code: string; title: string }) => [c.code, c.title])).toEqual([['10-02', '新增：建设海洋碳汇监测体系']]);
    expect(preview.unchanged).toHaveLength(41);

    expect((await upload(hq, 'commit', edited, { ledger: 'master', token: preview.token })).statusCode).toBe(200);
    const after = await storedItem(fixture, '1-02');
    expect(after).toMatchObject({ id: before.id, measures: '修改后的工作措施', version: before.version + 1 });
    expect(after.plans).toContainEqual(['2023Q2', '完成年度任务的60%', 6000]);
    expect(await storedItem(fixture, '10-02')).toMatchObject({ lead: '市海洋发展局', numeral: '十' });
    expect(await itemCount(fixture)).toBe(43);
    const audit = await app()
      .db.selectFrom('auditLog')
      .selectAll()
      .where('action', '=', 'item.import_update')
      .where('entityId', '=', String(before.id))
      .execute();
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.after!)).toMatchObject({ code: '1-02', measures: '修改后的工作措施' });

    const again = (await upload(hq, 'commit', edited, { ledger: 'master' })).json();
    expect(again).toMatchObject({ creates: [], updates: [] });
    expect(again.unchanged).toHaveLength(43);
    expect(await itemCount(fixture)).toBe(43);
    expect((await storedItem(fixture, '1-02')).version).toBe(before.version + 1);
  });
});

function expectStored(item: Awaited<ReturnType<typeof storedItem>>, row: LedgerRow): void {
  expect(item).toMatchObject({
    title: row.title,
    measures: row.measures,
    targets: row.targets,
    deadlineText: row.deadlineText,
    deadline: row.deadline,
    numeral: row.areaNumeral,
    remarks: row.remarks,
    leader: row.leaderName,
    ledgers: ['master'],
    dataSource: 'ledger-import',
  });
  // The example names departments by short name; the plan's short names are the same.
  expect(item.lead).toBe(row.leadDepartments[0] ?? null);
  expect(item.coDepartments).toEqual([...row.coDepartments].sort());
  expect(item.plans).toEqual(row.quarterlyPlans.map((p) => [p.period, p.milestone, p.cumulativePercent === null ? null : p.cumulativePercent * 100]));
  expect(item.searchText).toContain(row.title.normalize('NFKC').toLowerCase());
}

describe('importing ledgers laid out the other ways offices make them', () => {
  let fixture: OfficeFixture;
  let hq: Session;
  beforeAll(async () => {
    ({ fixture, hq } = await office());
    const leader = {
      organisationId: fixture.organisationId,
      kind: 'leader' as const,
      name: '张三',
      title: '副市长',
      phone: null,
      departmentId: null,
      sectionId: null,
    };
    await app()
      .db.insertInto('people')
      .values({ ...leader, createdAt: new Date().toISOString(), updatedAt: new Date().toISOString() })
      .execute();
  });

  async function importInto(kind: string, file: Buffer) {
    const response = await upload(hq, 'commit', file, { ledger: kind });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  }

  it('another office’s layout (quarters without a year, aliases, area rows, multi-line cells) imports once the year is given', async () => {
    const { fixture, hq: office2 } = await office();
    const file = await buildWorkbook({
      name: '2024年工作台账',
      rows: [
        ['2024年度绿色低碳高质量发展重点任务推进台账'],
        ['序号', '工作任务', '主要举措', '牵头单位', '配合单位', '完成时限', '季度推进计划', null, null, null],
        [null, null, null, null, null, null, '一季度', '二季度', '三季度', '四季度'],
        ['一、深化科技创新引领'],
        [
          1,
          '推进科技成果转化',
          '建设中试基地；\n完善成果转化机制',
          '市科学技术局',
          '市发改委、市财政局',
          '年底前',
          '制定方案',
          '完成年度任务的40%',
          '完成年度任务的70%',
          '完成年度任务',
        ],
        ['二、纵深推进动能转换'],
        [1, '实施技术改造', '推动规上企业\n数字化改造', '市工信局', null, '长期坚持', '累计完成10%', '累计完成20%', '累计完成35%', '累计完成50%'],
      ],
      merges: ['A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:E3', 'F2:F3', 'G2:J2'],
    });
    const withoutYear = (await upload(office2, 'preview', file, { ledger: 'master' })).json();
    expect(withoutYear.problems.map((problem: { code: string }) => problem.code)).toContain('MISSING_YEAR');
    const preview = (await upload(office2, 'preview', file, { ledger: 'master', year: '2024' })).json();
    expect(preview.problems).toEqual([]);
    expect(preview.creates).toHaveLength(2);
    expect((await upload(office2, 'commit', file, { ledger: 'master', year: '2024', token: preview.token })).statusCode).toBe(200);
    const science = await storedItem(fixture, '1-01');
    expect(science).toMatchObject({ lead: '市科技局', deadline: '2024-12-31', measures: '建设中试基地；\n完善成果转化机制' });
    expect(science.coDepartments).toEqual(['市发展改革委', '市财政局'].sort());
    expect(science.plans).toEqual([
      ['2024Q1', '制定方案', null],
      ['2024Q2', '完成年度任务的40%', 4000],
      ['2024Q3', '完成年度任务的70%', 7000],
      ['2024Q4', '完成年度任务', 10000],
    ]);
    expect((await storedItem(fixture, '2-01')).plans[3]).toEqual(['2024Q4', '累计完成50%', 5000]);
  });

  it('a master ledger with codes, leaders, aliases, sections, staff and full-width text lands with its whole responsibility chain', async () => {
    const file = await buildWorkbook({
      name: '总台账',
      rows: [
        ['某部门推进工作台账'],
        [
          '编号',
          '重点任务',
          '年度重点工作',
          '主要措施',
          '分管市领导',
          '牵头单位',
          '配合单位',
          '具体科室',
          '联系人',
          '联系电话',
          '完成时限',
          '2024年一季度',
          '2024年二季度',
          '备注',
        ],
        ['一、深化科技创新引领，建设国家创新型城市'],
        [
          '1-31',
          '建设国家创新型城市',
          '新增高企１００家',
          '第一行措施；\n第二行措施（全角，标点）',
          '张三副市长',
          '市发改委',
          '市科技局、市财政局',
          '规划科',
          '李四',
          '０６３１-１２３４５６７',
          '2024年6月底前',
          '启动实施',
          '完成年度任务的50%',
          '备注',
        ],
        ['二、纵深推进动能转换，构建现代化产业体系'],
        ['2-31', '实施骨干企业倍增计划', null, '培育骨干企业', null, '市工信局', null, null, null, null, '长期坚持', null, null, null],
      ],
      merges: ['A1:N1', 'A3:N3', 'A5:N5'],
    });
    await importInto('master', file);
    const first = await storedItem(fixture, '1-31');
    expect(first).toMatchObject({
      title: '建设国家创新型城市',
      yearKeyWork: '新增高企100家',
      measures: '第一行措施；\n第二行措施（全角，标点）',
      leader: '张三',
      lead: '市发展改革委',
      section: '规划科',
      staff: '李四',
      phone: '0631-1234567',
      deadlineText: '2024年6月底前',
      deadline: '2024-06-30',
      remarks: '备注',
      numeral: '一',
      coDepartments: ['市科技局', '市财政局'].sort(),
      plans: [
        ['2024Q1', '启动实施', null],
        ['2024Q2', '完成年度任务的50%', 5000],
      ],
    });
    expect(await storedItem(fixture, '2-31')).toMatchObject({
      lead: '市工业和信息化局',
      numeral: '二',
      deadlineText: '长期坚持',
      deadline: null,
      section: null,
    });
  });

  it('a crafted workbook whose cells carry invisible control characters (`_x0000_` escapes) imports with them dropped', async () => {
    const plain = await buildWorkbook({
      rows: [['编号', '重点任务', '牵头单位'], ['一、深化科技创新引领，建设国家创新型城市'], ['1-51', '推进控制字符任务', '市发改委']],
    });
    const file = rewriteParts(plain, (_name, text) => text.replace('推进控制字符任务', '推进_x0000_控制_x0007_字符_xD800_任务'));
    await importInto('master', file);
    expect((await storedItem(fixture, '1-51')).title).toBe('推进控制字符任务');
  });

  it('rows naming the same section and staff member share one of each, and the phone the last row gives is kept', async () => {
    const header = ['编号', '重点任务', '牵头单位', '具体科室', '联系人', '联系电话'];
    const file = await buildWorkbook({
      rows: [
        header,
        ['一、深化科技创新引领，建设国家创新型城市'],
        ['1-41', '任务甲', '市发改委', '综合科', '王五', '0631-1111111'],
        ['1-42', '任务乙', '市发改委', '综合科', '王五', null],
        ['1-43', '任务丙', '市发改委', '综合科', '王五', '0631-2222222'],
        ['1-44', '任务丁', '市发改委', '综合科', '王五', null],
      ],
    });
    await importInto('master', file);
    const items = await Promise.all(['1-41', '1-42', '1-43', '1-44'].map((code) => storedItem(fixture, code)));
    expect(new Set(items.map((item) => item.sectionId)).size).toBe(1);
    expect(new Set(items.map((item) => item.staffPersonId)).size).toBe(1);
    expect(items[0]).toMatchObject({ section: '综合科', staff: '王五', phone: '0631-2222222' });
    const staff = await app().db.selectFrom('people').select('id').where('name', '=', '王五').where('kind', '=', 'staff').execute();
    expect(staff).toHaveLength(1);
  });

  it('an indicator ledger lands its unit, baseline from the header, targets with qualifiers and yearly targets', async () => {
    const file = await buildWorkbook({
      rows: [
        ['指标名称', '单位', '2020年基期值', '省定目标', '冲击目标', '目标值', '年度目标', null, null, '责任单位'],
        [null, null, null, null, null, null, '2023年', '2024年', '2025年', null],
        ['研发经费投入强度', '%', '2.40', '2.6', '3', '2.8%左右', '2.5', '2.65', '2.8', '市科技局'],
        ['高价值发明专利拥有量', '件', '1200', null, null, '较基期翻番', null, null, null, '市市场监督管理局'],
      ],
      merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:E2', 'F1:F2', 'G1:I1', 'J1:J2'],
    });
    await importInto('key_indicators', file);
    const rd = await storedItem(fixture, 'I-01');
    expect(rd).toMatchObject({ title: '研发经费投入强度', lead: '市科技局', ledgers: ['key_indicators'] });
    const indicator = await app().db.selectFrom('indicators').selectAll().where('itemId', '=', rd.id).executeTakeFirstOrThrow();
    expect(indicator).toMatchObject({
      unit: '%',
      baselineYear: 2020,
      baselineValue: '2.40',
      provinceTarget: '2.6',
      stretchTarget: '3',
      target: '2.8',
      targetQualifier: '左右',
      targetRule: null,
      targetYear: 2025,
      direction: 'higher_better',
    });
    const yearly = await app()
      .db.selectFrom('indicatorYearlyTargets')
      .select(['year', 'value'])
      .where('indicatorId', '=', indicator.id)
      .orderBy('year')
      .execute();
    expect(yearly).toEqual([
      { year: 2023, value: '2.5' },
      { year: 2024, value: '2.65' },
      { year: 2025, value: '2.8' },
    ]);
    const patents = await storedItem(fixture, 'I-02');
    expect(patents.lead).toBe('市市场监管局');
    expect(await app().db.selectFrom('indicators').select(['target', 'targetRule', 'unit']).where('itemId', '=', patents.id).executeTakeFirst()).toEqual({
      target: null,
      targetRule: '较基期翻番',
      unit: '件',
    });
  });

  it('pilot, provincial and innovation ledgers land their own columns, and a task in two ledgers stays one item', async () => {
    const pilots = await buildWorkbook({
      rows: [
        ['序号', '试点示范名称', '试点级别', '创建进度', '责任单位', '完成时限'],
        ['四、持续放大生态优势，绘就美丽城市新画卷'],
        [1, '创建国家生态文明建设示范区', '国家级', '申报中', '市生态环境局', '2025年底前'],
      ],
      merges: ['A2:F2'],
    });
    await importInto('pilots', pilots);
    expect(await storedItem(fixture, '4-01')).toMatchObject({
      pilotLevel: 'national',
      pilotStage: 'applying',
      deadline: '2025-12-31',
      numeral: '四',
      ledgers: ['pilots'],
    });

    const province = await buildWorkbook({
      rows: [
        ['编号', '对应省计划任务', '省行动计划内容', '重点任务', '责任单位'],
        ['4-01', '（十二）生态文明示范创建', '支持威海创建国家生态文明建设示范区', '创建国家生态文明建设示范区', '市环境局'],
        ['4-32', '（十三）海洋碳汇', '支持威海开展海洋碳汇试点', '开展海洋碳汇试点', '市海洋局'],
      ],
    });
    const body = await importInto('province_key_tasks', province);
    expect(body.updates.map((u: { code: string }) => u.code)).toEqual(['4-01']);
    expect(await storedItem(fixture, '4-01')).toMatchObject({
      sourceClause: '（十二）生态文明示范创建',
      provinceText: '支持威海创建国家生态文明建设示范区',
      pilotLevel: 'national',
      ledgers: ['pilots', 'province_key_tasks'],
    });
    expect(await storedItem(fixture, '4-32')).toMatchObject({ lead: '市海洋发展局', numeral: null, ledgers: ['province_key_tasks'] });

    const innovations = await buildWorkbook({
      rows: [
        ['创新性工作', '来源', '责任单位', '配合单位'],
        ['探索“拨投贷保”联动', '“十四五”科技创新规划', '市科技局', '市地方金融监管局；市财政局'],
      ],
    });
    await importInto('innovations', innovations);
    expect(await storedItem(fixture, '01')).toMatchObject({ citySource: '“十四五”科技创新规划', coDepartments: ['市地方金融监管局', '市财政局'].sort() });
  });
});

describe('plantrack import', () => {
  it(
    'with --dry-run prints what would change and exits 0, changing nothing; then imports; a bad or missing file exits non-zero saying why',
    async () => {
      const { fixture } = await office();
      const env = cliEnvironment(app().database.target);
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plantrack-import-'));
      const good = path.join(dir, '总台账.xlsx');
      fs.writeFileSync(good, example);
      const dry = await runPlantrack(env, 'import', good, '--ledger', 'master', '--dry-run', '--organisation', fixture.organisationCode);
      expect(dry.code, dry.stderr).toBe(0);
      expect(dry.stdout).toContain('将新建 42 项');
      expect(dry.stdout).toContain('新建 1-01 全面实施“拨投贷保”联动支持科技创新');
      expect(await itemCount(fixture)).toBe(0);

      const real = await runPlantrack(env, 'import', good, '--ledger', 'master', '--organisation', fixture.organisationCode);
      expect(real.code, real.stderr).toBe(0);
      expect(real.stdout).toContain('已新建 42 项');
      expect(await itemCount(fixture)).toBe(42);
      const system = await app().db.selectFrom('auditLog').select('username').where('action', '=', 'ledger.import').where('userId', 'is', null).execute();
      expect(system.map((row) => row.username)).toContain('system');

      const bad = path.join(dir, 'bad.xlsx');
      fs.writeFileSync(
        bad,
        await buildWorkbook({
          name: '台账',
          rows: [
            ['重点任务', '责任单位'],
            ['任务甲', '市不存在局'],
          ],
        }),
      );
      const refused = await runPlantrack(env, 'import', bad, '--ledger', 'master', '--organisation', fixture.organisationCode);
      expect(refused.code).not.toBe(0);
      expect(refused.stderr).toContain('工作表“台账” 第2行 B列：');
      expect(refused.stderr).toContain('市不存在局');
      expect(await itemCount(fixture)).toBe(42);

      const missing = await runPlantrack(env, 'import', path.join(dir, '不存在.xlsx'), '--ledger', 'master', '--organisation', fixture.organisationCode);
      expect(missing.code).not.toBe(0);
      expect(missing.stderr).toContain('找不到文件');
      fs.rmSync(dir, { recursive: true, force: true });
    },
    SLOW_TEST_MS,
  );
});

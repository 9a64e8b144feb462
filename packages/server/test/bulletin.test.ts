import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bulletinCommand } from '../src/cli/bulletin.command.js';
import { exportCommand } from '../src/cli/export.command.js';
import { importCommand } from '../src/cli/import.command.js';
import { NO_APPROVED_REPORTS } from '../src/io/bulletin/bulletin-sections.js';
import { docxPages, docxPart } from './support/docx-pages.js';
import type { PlanFixture } from './support/factories.js';
import {
  buildCycle,
  buildDepartment,
  buildIndicator,
  buildItem,
  buildPerson,
  buildPlan,
  buildSamplePlan,
  buildUser,
  TEST_PASSWORD,
} from './support/factories.js';
import { cliEnvironment, runPlantrack, SLOW_TEST_MS } from './support/run-plantrack.js';
import type { Session, TestApp } from './support/test-app.js';
import { createTestApp, loginAs } from './support/test-app.js';

/**
 * Two quarters with something to report: one department on schedule, one far behind in both quarters
 * with its problem stated in the approved report, one item newly behind, indicators with provincial
 * ranks, a supervision order; the office's own bulletin texts saved in the settings.
 */
let t: TestApp;
let plan: PlanFixture;
let hq: Session;
let bulletin: Buffer;
let pages: Promise<string[]> | undefined;
const stamps = () => ({ createdAt: new Date().toISOString(), updatedAt: new Date().toISOString() });
const bulletinPages = () => (pages ??= docxPages(bulletin));

async function approvedReport(cycleId: number, period: string, itemId: number, completionBp: number, problems: string | null) {
  await t.db
    .insertInto('progressReports')
    .values({
      itemId,
      cycleId,
      period,
      state: 'approved',
      progressState: 'in_progress',
      completionBp,
      progress: '按计划推进',
      problems,
      nextSteps: null,
      pilotStage: null,
      pilotStageDate: null,
      createdBy: null,
      submittedAt: `${period.slice(0, 4)}-0${Number(period.slice(5)) * 3 + 1}-03T02:00:00.000Z`.replace('-010-', '-10-').replace('-013-', '-12-'),
      submittedBy: null,
      reviewedAt: '2023-07-05T02:00:00.000Z',
      reviewedBy: null,
      reviewComment: null,
      qualityRating: 4,
      overrideStatus: null,
      overrideReason: null,
      ...stamps(),
    })
    .execute();
}

async function plannedPercents(itemId: number, percents: Record<string, number>) {
  for (const [period, percent] of Object.entries(percents))
    await t.db
      .insertInto('quarterlyPlans')
      .values({ itemId, period, milestone: '完成阶段任务', cumulativeBp: percent * 100, ...stamps() })
      .execute();
}

async function indicatorValue(indicatorId: number, period: string, value: string, provincialRank: number | null) {
  await t.db
    .insertInto('indicatorValues')
    .values({ indicatorId, period, value, provincialRank, state: 'approved', ...stamps() })
    .execute();
}

beforeAll(async () => {
  t = await createTestApp();
  plan = await buildPlan(t.db);
  const good = await buildDepartment(t.db, plan, { shortName: '市好局' });
  const slow = await buildDepartment(t.db, plan, { shortName: '市慢局' });
  const leader = await buildPerson(t.db, plan, { name: '王分管' });
  const onTrack = await buildItem(t.db, plan, { code: '1-01', title: '建设城市级数据中台', leadDepartmentId: good.id, leaderPersonId: leader.id });
  const lagging = await buildItem(t.db, plan, { code: '2-01', area: '2', title: '推进海上风电基地建设', leadDepartmentId: slow.id, leaderPersonId: leader.id });
  const newlyLagging = await buildItem(t.db, plan, { code: '2-02', area: '2', title: '建设氢能产业园', leadDepartmentId: slow.id });
  await plannedPercents(onTrack.id, { '2023Q1': 20, '2023Q2': 50 });
  await plannedPercents(lagging.id, { '2023Q1': 40, '2023Q2': 80 });
  await plannedPercents(newlyLagging.id, { '2023Q1': 0, '2023Q2': 50 });
  const q1 = await buildCycle(t.db, plan, { period: '2023Q1', deadline: '2023-04-07', status: 'closed' });
  const q2 = await buildCycle(t.db, plan, { period: '2023Q2', deadline: '2023-07-07', status: 'closed' });
  await approvedReport(q1.id, '2023Q1', onTrack.id, 2000, null);
  await approvedReport(q1.id, '2023Q1', lagging.id, 500, null);
  await approvedReport(q2.id, '2023Q2', onTrack.id, 5000, null);
  await approvedReport(q2.id, '2023Q2', lagging.id, 2000, '项目用海审批尚未完成');
  await approvedReport(q2.id, '2023Q2', newlyLagging.id, 2500, null);
  const capacity = await buildIndicator(t.db, plan, { name: '清洁能源装机容量', unit: '万千瓦', baseline: '100', target: '200', leadDepartmentId: slow.id });
  await indicatorValue(capacity.id, '2023Q1', '90', 5);
  await indicatorValue(capacity.id, '2023Q2', '80', 3);
  const share = await buildIndicator(t.db, plan, { name: '非化石能源消费比重', unit: '%', baseline: '10', target: '15', leadDepartmentId: good.id });
  await indicatorValue(share.id, '2023Q2', '12', null);
  await buildIndicator(t.db, plan, { name: '单位GDP能耗下降', unit: '%', direction: 'lower_better' });
  const order = {
    itemId: lagging.id,
    reason: '严重滞后',
    status: 'issued' as const,
    createdAt: '2023-05-10T02:00:00.000Z',
    updatedAt: '2023-05-10T02:00:00.000Z',
  };
  await t.db
    .insertInto('supervisionOrders')
    .values([
      { ...order, code: '督办〔2023〕1号', replyBy: '2023-06-30' },
      // Issued and closed in the first quarter: not a matter for the second quarter's bulletin.
      {
        ...order,
        code: '督办〔2023〕9号',
        replyBy: '2023-02-28',
        status: 'closed',
        createdAt: '2023-01-10T02:00:00.000Z',
        closedAt: '2023-02-01T02:00:00.000Z',
      },
    ])
    .execute();
  hq = await loginAs(t.app, (await buildUser(t.db, plan, 'hq')).username, TEST_PASSWORD);
  const saved = await hq.put('/api/settings/bulletin', {
    issuerName: '测试市绿色低碳高质量发展指挥部办公室',
    numberPrefix: '测绿发办',
    copyTo: '市委办公室，市政府办公室',
    nextSteps: '（一）盯紧滞后事项。逐项明确整改时限。\n（二）抓好指标调度。',
  });
  expect(saved.statusCode, saved.body).toBe(200);
  const response = await hq.get('/api/exports/bulletin?quarter=2023Q2&number=4&date=2023-07-12');
  expect(response.statusCode, response.body).toBe(200);
  bulletin = response.rawPayload;
});
afterAll(async () => t.close());

/** The body: every page before the first 附件 page. */
function bodyOf(all: string[]): string[] {
  const first = all.findIndex((page) => /^\s*附件1/.test(page));
  return first === -1 ? all : all.slice(0, first);
}

describe('the quarterly bulletin as an official document (GB/T 9704-2012)', () => {
  it('is A4 with the standard margins and the 22 × 28 character grid, in the fonts the standard names, page numbers "— 1 —"', () => {
    const document = docxPart(bulletin, 'word/document.xml');
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(document).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    expect(document).toMatch(/<w:docGrid (?=[^>]*w:type="lines")(?=[^>]*w:linePitch="579")(?=[^>]*w:charSpace="-848")/);
    // 28 characters of 三号 on the 156 mm line: condensed by 0.25 pt (see GRID).
    expect(document).toMatch(/<w:spacing w:val="-5"\/>/);
    expect(document).toMatch(/w:eastAsia="方正小标宋简体"[^>]*\/><w:color w:val="FF0000"\/>/);
    expect(document).toMatch(/w:eastAsia="仿宋_GB2312"[^>]*\/><w:spacing w:val="-5"\/><w:sz w:val="32"\/>/);
    expect(document).toContain('w:eastAsia="黑体"');
    // 二级标题 in 楷体: the leaders' groups of 附件1, and "（一）……。" opening a paragraph of 下一步工作要求.
    expect(document).toMatch(
      /w:eastAsia="楷体_GB2312"[^>]*\/>(<w:spacing w:val="-5"\/>)?<w:sz w:val="32"\/><w:szCs w:val="32"\/><\/w:rPr><w:t xml:space="preserve">（一）盯紧滞后事项。<\/w:t>/,
    );
    expect(document).toMatch(/<w:pBdr><w:bottom w:val="single" w:color="FF0000"/);
    expect(docxPart(bulletin, 'word/fontTable.xml')).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>');
    expect(docxPart(bulletin, 'word/footer1.xml')).toMatch(/— <\/w:t>.*PAGE.* —<\/w:t>/s);
  });

  it(
    'opens in LibreOffice with the red 发文机关标志, the 发文字号 and the title on its first page and the 版记 on its last',
    async () => {
      const all = await bulletinPages();
      expect(all[0]).toContain('测试市绿色低碳高质量发展指挥部办公室文件');
      expect(all[0]).toContain('测绿发办〔2023〕4号');
      expect(all[0]).toContain('关于2023年第二季度测试推进情况的通报');
      expect(all[0]).toContain('各有关部门（单位）：');
      expect(all.at(-1)).toContain('抄送：市委办公室，市政府办公室。');
      expect(all.at(-1)).toMatch(/测试市绿色低碳高质量发展指挥部办公室2023年7月12日印发/);
      const body = bodyOf(all).join('');
      expect(body).toContain('附件：1.滞后事项清单（按分管市领导和牵头部门）');
      expect(body).toMatch(/测试市绿色低碳高质量发展指挥部办公室\s*2023年7月12日/);
      expect(body).toContain('（一）盯紧滞后事项。逐项明确整改时限。');
    },
    SLOW_TEST_MS,
  );

  it(
    'says what changed since last quarter in the body and lists the lagging items by leader and department in 附件1, not in the body',
    async () => {
      const all = await bulletinPages();
      const body = bodyOf(all).join('');
      expect(body).toContain('纳入台账的6项事项中');
      // The three indicators' items have no quarterly plan and no report: lagging in both quarters too.
      expect(body).toContain('与2023年一季度相比，本季度新增滞后事项1项，连续两个季度滞后事项4项');
      expect(body).not.toContain('推进海上风电基地建设');
      const attachments = all.slice(bodyOf(all).length).join('');
      expect(attachments).toMatch(/^\s*附件1/);
      expect(attachments).toContain('（一）王分管同志分管（1项）');
      expect(attachments).toContain('★2-01推进海上风电基地建设');
      expect(attachments).toContain('市慢局');
      expect(attachments).toContain('计划完成80%');
      expect(attachments).toContain('存在问题：项目用海审批尚未完成');
      expect(attachments).toContain('（二）未明确分管市领导（4项）');
      expect(attachments).toContain('2-02建设氢能产业园');
      expect(attachments).not.toContain('1-01建设城市级数据中台');
      expect(attachments).toContain('督办〔2023〕1号');
      expect(attachments).not.toContain('督办〔2023〕9号');
      expect(all.join('')).not.toContain('示例数据');
    },
    SLOW_TEST_MS,
  );

  it('tabulates the indicators one row each, with the provincial rank and its change since last quarter', () => {
    const document = docxPart(bulletin, 'word/document.xml');
    const table = document.split('<w:tbl>').find((part) => part.includes('冲击目标'))!;
    expect(table.split('</w:tbl>')[0]!.match(/<w:tr>|<w:tr /g)).toHaveLength(1 + 3);
    for (const name of ['清洁能源装机容量', '非化石能源消费比重', '单位GDP能耗下降']) expect(table).toContain(`<w:t xml:space="preserve">${name}</w:t>`);
    expect(table).toContain('3（↑2）');
    expect(table).toContain('万千瓦');
    expect(table).toContain('>2020年<');
  });

  it('ranks the departments with their component scores and names the top and the bottom', () => {
    const document = docxPart(bulletin, 'word/document.xml');
    expect(document).toMatch(/综合得分居前的是市好局；居后的是市慢局/);
    const table = document.split('<w:tbl>').find((part) => part.includes('争先进位'))!;
    expect(table).toContain('序时推进');
    expect(table).toContain('市好局');
  });

  it('draws the status by area as a PNG chart in the document', () => {
    const relationships = docxPart(bulletin, 'word/_rels/document.xml.rels');
    expect(relationships).toMatch(/media\/[^"]+\.png/);
    expect(docxPart(bulletin, 'word/document.xml')).toContain('图1  各领域事项推进状态');
  });

  it('says 示例数据 on its first page when the plan is sample data', async () => {
    const sample = await buildSamplePlan(t.db, { notice: '示例数据：来自公开信息，任何进展数据都不是真实数据。' });
    const session = await loginAs(t.app, (await buildUser(t.db, sample, 'leader')).username, TEST_PASSWORD);
    const response = await session.get('/api/exports/bulletin?quarter=2023Q2');
    expect(response.statusCode).toBe(200);
    const document = docxPart(response.rawPayload, 'word/document.xml');
    // Right under the title, before the first heading: on the first page whatever the page length.
    expect(document.indexOf('【示例数据】')).toBeGreaterThan(-1);
    expect(document.indexOf('【示例数据】')).toBeLessThan(document.indexOf('一、总体情况'));
    expect(document).toContain('任何进展数据都不是真实数据');
    expect(docxPart(response.rawPayload, 'word/header1.xml')).toContain('示例数据');
  });

  it('for a quarter without an approved report says so plainly instead of counting every item as lagging', async () => {
    const empty = await buildPlan(t.db);
    for (const code of ['1-01', '1-02', '1-03']) {
      const item = await buildItem(t.db, empty, { code });
      await t.db
        .insertInto('quarterlyPlans')
        .values({ itemId: item.id, period: '2023Q2', milestone: '完成', cumulativeBp: 10000, ...stamps() })
        .execute();
    }
    await buildCycle(t.db, empty, { period: '2023Q2', deadline: '2023-07-07', status: 'closed' });
    const session = await loginAs(t.app, (await buildUser(t.db, empty, 'hq')).username, TEST_PASSWORD);
    const response = await session.get('/api/exports/bulletin?quarter=2023Q2');
    expect(response.statusCode).toBe(200);
    const document = docxPart(response.rawPayload, 'word/document.xml');
    expect(document).toContain(NO_APPROVED_REPORTS);
    expect(document).not.toMatch(/严重滞后\d+项|未报送\d+项/);
    expect(document).not.toContain('附件1');
    expect(document).toContain('纳入台账的事项共3项');
    expect(document).toContain('暂不进行部门综合评价排名');
    expect(document).not.toContain('根据各部门报送并经审核');
  });

  it('is for the office and the city leaders only, names its file in UTF-8, and is audited', async () => {
    const response = await hq.get('/api/exports/bulletin?quarter=2023Q2');
    expect(response.headers['content-type']).toContain('wordprocessingml');
    expect(String(response.headers['content-disposition'])).toContain(`filename*=UTF-8''${encodeURIComponent('2023年二季度推进情况通报.docx')}`);
    const department = (await t.db.selectFrom('departments').select('id').where('organisationId', '=', plan.organisationId).executeTakeFirstOrThrow()).id;
    const manager = await loginAs(t.app, (await buildUser(t.db, plan, 'dept_manager', department)).username, TEST_PASSWORD);
    expect((await manager.get('/api/exports/bulletin?quarter=2023Q2')).statusCode).toBe(403);
    expect((await hq.get('/api/exports/bulletin?quarter=2023-2')).statusCode).toBe(400);
    expect((await hq.get('/api/exports/bulletin?quarter=2023Q2&number=0')).statusCode).toBe(400);
    const audit = await t.db
      .selectFrom('auditLog')
      .select('action')
      .where('organisationId', '=', plan.organisationId)
      .where('action', '=', 'bulletin.export')
      .execute();
    expect(audit.length).toBeGreaterThanOrEqual(2);
  });
});

describe('the bulletin settings and document numbers', () => {
  it('start from defaults built from the organisation name; the office saves its texts, audited; others may not', async () => {
    const other = await buildPlan(t.db);
    const office = await loginAs(t.app, (await buildUser(t.db, other, 'hq')).username, TEST_PASSWORD);
    const initial = (await office.get('/api/settings/bulletin')).json();
    expect(initial.updatedAt).toBeNull();
    expect(initial.bulletin.issuerName).toMatch(/^测试市.*指挥部办公室$/);
    expect(initial.bulletin.issuerMark).toBe(`${initial.bulletin.issuerName}文件`);
    expect(initial.bulletin.nextSteps).toContain('压实工作责任');
    const saved = await office.put('/api/settings/bulletin', { issuerName: '测试市推进办', numberPrefix: '测推办', updatedAt: null });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().bulletin).toMatchObject({
      issuerName: '测试市推进办',
      issuerMark: '测试市推进办文件',
      printer: '测试市推进办',
      numberPrefix: '测推办',
    });
    expect((await office.put('/api/settings/bulletin', { issuerName: '再改', updatedAt: null })).statusCode).toBe(409);
    expect((await office.put('/api/settings/bulletin', { numberPrefix: '测推办〔2024〕' })).statusCode).toBe(400);
    const leader = await loginAs(t.app, (await buildUser(t.db, other, 'leader')).username, TEST_PASSWORD);
    expect((await leader.get('/api/settings/bulletin')).statusCode).toBe(200);
    expect((await leader.put('/api/settings/bulletin', { issuerName: '市领导改' })).statusCode).toBe(403);
    const audit = await t.db
      .selectFrom('auditLog')
      .select('action')
      .where('organisationId', '=', other.organisationId)
      .where('action', '=', 'settings.bulletin.update')
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('numbers each quarter once in its year: a second download keeps the number, the next quarter takes the next one', async () => {
    const other = await buildPlan(t.db);
    const office = await loginAs(t.app, (await buildUser(t.db, other, 'hq')).username, TEST_PASSWORD);
    const numberOf = async (query: string) =>
      docxPart((await office.get(`/api/exports/bulletin?${query}`)).rawPayload, 'word/document.xml')
        .match(/〔(\d{4})〕(\d+)号/)!
        .slice(1)
        .join('-');
    expect(await numberOf('quarter=2024Q1&date=2024-04-15')).toBe('2024-1');
    expect(await numberOf('quarter=2024Q1&date=2024-04-16')).toBe('2024-1');
    expect(await numberOf('quarter=2024Q2&date=2024-07-10&number=7')).toBe('2024-7');
    expect(await numberOf('quarter=2024Q3&date=2024-10-10')).toBe('2024-8');
    expect(await numberOf('quarter=2024Q4&date=2025-01-10')).toBe('2025-1');
  });

  it(
    'plantrack bulletin writes the same document to a file with the number and date given, and each command explains itself with --help',
    async () => {
      const env = cliEnvironment(t.database.target);
      const code = (await t.db.selectFrom('organisations').select('code').where('id', '=', plan.organisationId).executeTakeFirstOrThrow()).code;
      const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'plantrack-bulletin-')), '通报.docx');
      const result = await runPlantrack(env, 'bulletin', '--quarter', '2023Q2', '--out', out, '--organisation', code, '--number', '12', '--date', '2023-07-20');
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toContain('（测绿发办〔2023〕12号）');
      const document = docxPart(fs.readFileSync(out), 'word/document.xml');
      expect(document).toContain('推进海上风电基地建设');
      expect(document).toContain('测绿发办〔2023〕12号');
      const refused = await runPlantrack(env, 'bulletin', '--quarter', '2023Q2', '--out', out, '--organisation', code, '--number', 'x');
      expect(refused.code).not.toBe(0);
      expect(refused.stderr).toContain('--number 应为正整数');
      expect(importCommand().helpInformation()).toContain('--dry-run');
      for (const option of ['--ledger', '--department', '--leader', '--area', '--out']) expect(exportCommand().helpInformation()).toContain(option);
      for (const option of ['--quarter', '--out', '--number', '--date']) expect(bulletinCommand().helpInformation()).toContain(option);
      fs.rmSync(path.dirname(out), { recursive: true, force: true });
    },
    SLOW_TEST_MS,
  );
});

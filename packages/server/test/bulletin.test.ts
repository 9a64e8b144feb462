import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bulletinCommand } from '../src/cli/bulletin.command.js';
import { exportCommand } from '../src/cli/export.command.js';
import { importCommand } from '../src/cli/import.command.js';
import { findEntryData, readZipDirectory } from '../src/io/ledger-xlsx/zip-directory.js';
import type { PlanFixture } from './support/factories.js';
import { buildDepartment, buildIndicator, buildItem, buildPlan, buildSamplePlan, buildUser, TEST_PASSWORD } from './support/factories.js';
import { convertWithLibreOffice } from './support/ledger-fixtures.js';
import { cliEnvironment, runPlantrack, SLOW_TEST_MS } from './support/run-plantrack.js';
import type { Session, TestApp } from './support/test-app.js';
import { createTestApp, loginAs } from './support/test-app.js';

/**
 * A quarter with something to report: one department on schedule, one far behind with its problem
 * stated in the approved report, an indicator moving away from its target, a supervision order.
 */
let t: TestApp;
let plan: PlanFixture;
let hq: Session;
let bulletin: Buffer;
const stamps = () => ({ createdAt: new Date().toISOString(), updatedAt: new Date().toISOString() });

async function approvedReport(cycleId: number, itemId: number, completionBp: number, problems: string | null) {
  await t.db
    .insertInto('progressReports')
    .values({
      itemId,
      cycleId,
      period: '2023Q2',
      state: 'approved',
      progressState: 'in_progress',
      completionBp,
      progress: '按计划推进',
      problems,
      nextSteps: null,
      pilotStage: null,
      pilotStageDate: null,
      createdBy: null,
      submittedAt: '2023-07-03T02:00:00.000Z',
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

beforeAll(async () => {
  t = await createTestApp();
  plan = await buildPlan(t.db);
  const good = await buildDepartment(t.db, plan, { shortName: '市好局' });
  const slow = await buildDepartment(t.db, plan, { shortName: '市慢局' });
  const onTrack = await buildItem(t.db, plan, { code: '1-01', title: '建设城市级数据中台', leadDepartmentId: good.id });
  const lagging = await buildItem(t.db, plan, { code: '2-01', area: '2', title: '推进海上风电基地建设', leadDepartmentId: slow.id });
  for (const [itemId, bp] of [
    [onTrack.id, 5000],
    [lagging.id, 8000],
  ] as const)
    await t.db
      .insertInto('quarterlyPlans')
      .values({ itemId, period: '2023Q2', milestone: '完成阶段任务', cumulativeBp: bp, ...stamps() })
      .execute();
  const cycle = await t.db
    .insertInto('reportingCycles')
    .values({ planId: plan.planId, period: '2023Q2', deadline: '2023-07-07', status: 'closed', openedBy: null, ...stamps() })
    .returning('id')
    .executeTakeFirstOrThrow();
  await approvedReport(cycle.id, onTrack.id, 5000, null);
  await approvedReport(cycle.id, lagging.id, 2000, '项目用海审批尚未完成');
  const indicator = await buildIndicator(t.db, plan, { name: '清洁能源装机容量', baseline: '100', target: '200', leadDepartmentId: slow.id });
  await t.db
    .insertInto('indicatorValues')
    .values({ indicatorId: indicator.id, period: '2023Q2', value: '80', state: 'approved', ...stamps() })
    .execute();
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
  const response = await hq.get('/api/exports/bulletin?quarter=2023Q2');
  expect(response.statusCode, response.body).toBe(200);
  bulletin = response.rawPayload;
});
afterAll(async () => t.close());

function part(docx: Buffer, name: string): string {
  const directory = readZipDirectory(docx, 1000);
  if (!directory.ok) throw new Error(directory.reason);
  const entry = directory.entries.find((e) => e.name === name);
  if (!entry) throw new Error(`no ${name}`);
  const data = findEntryData(docx, entry) ?? Buffer.alloc(0);
  return (entry.method === 0 ? data : inflateRawSync(data)).toString('utf8');
}

describe('the quarterly bulletin', () => {
  it('is laid out as an official document: A4 with the standard margins, title in 小标宋, body in 仿宋 三号', () => {
    const document = part(bulletin, 'word/document.xml');
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(document).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    expect(document).toContain('w:eastAsia="方正小标宋简体"');
    expect(document).toMatch(/w:eastAsia="仿宋"[^>]*\/><w:sz w:val="32"\/>/);
    expect(document).toContain('w:eastAsia="黑体"');
    expect(part(bulletin, 'word/fontTable.xml')).toContain('<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"/>');
  });

  it(
    'reads in LibreOffice with the progress, the lagging items with department and reason, indicators at risk, ranking and supervision orders',
    async () => {
      const text = (await convertWithLibreOffice(bulletin, 'docx', 'txt:Text (encoded):UTF8')).toString('utf8');
      expect(text).toContain('测试三年行动计划');
      expect(text).toContain('推进情况通报（2023年二季度）');
      expect(text).toContain('纳入台账的3项事项中');
      expect(text).toContain('2-01 推进海上风电基地建设');
      expect(text).toContain('市慢局');
      expect(text).toContain('计划完成80%');
      expect(text).toContain('存在问题：项目用海审批尚未完成');
      expect(text).not.toContain('1-01 建设城市级数据中台');
      expect(text).toContain('清洁能源装机容量');
      expect(text).toMatch(/1\s+市好局/);
      expect(text).toContain('督办〔2023〕1号');
      expect(text).not.toContain('督办〔2023〕9号');
      expect(text).not.toContain('示例数据');
    },
    SLOW_TEST_MS,
  );

  it('says 示例数据 on its first page when the plan is sample data', async () => {
    const sample = await buildSamplePlan(t.db, { notice: '示例数据：来自公开信息，任何进展数据都不是真实数据。' });
    const session = await loginAs(t.app, (await buildUser(t.db, sample, 'leader')).username, TEST_PASSWORD);
    const response = await session.get('/api/exports/bulletin?quarter=2023Q2');
    expect(response.statusCode).toBe(200);
    const document = part(response.rawPayload, 'word/document.xml');
    // Right under the title, before the first heading: on the first page whatever the page length.
    expect(document.indexOf('【示例数据】')).toBeGreaterThan(-1);
    expect(document.indexOf('【示例数据】')).toBeLessThan(document.indexOf('一、总体进展'));
    expect(document).toContain('任何进展数据都不是真实数据');
    expect(part(response.rawPayload, 'word/header1.xml')).toContain('示例数据');
  });

  it('is for the office and the city leaders only, names its file in UTF-8, and is audited', async () => {
    const response = await hq.get('/api/exports/bulletin?quarter=2023Q2');
    expect(response.headers['content-type']).toContain('wordprocessingml');
    expect(String(response.headers['content-disposition'])).toContain(`filename*=UTF-8''${encodeURIComponent('2023年二季度推进情况通报.docx')}`);
    const department = (await t.db.selectFrom('departments').select('id').where('organisationId', '=', plan.organisationId).executeTakeFirstOrThrow()).id;
    const manager = await loginAs(t.app, (await buildUser(t.db, plan, 'dept_manager', department)).username, TEST_PASSWORD);
    expect((await manager.get('/api/exports/bulletin?quarter=2023Q2')).statusCode).toBe(403);
    expect((await hq.get('/api/exports/bulletin?quarter=2023-2')).statusCode).toBe(400);
    const audit = await t.db
      .selectFrom('auditLog')
      .select('action')
      .where('organisationId', '=', plan.organisationId)
      .where('action', '=', 'bulletin.export')
      .execute();
    expect(audit.length).toBeGreaterThanOrEqual(2);
  });

  it(
    'plantrack bulletin writes the same document to a file, and each new command explains itself with --help',
    async () => {
      const env = cliEnvironment(t.database.target);
      const code = (await t.db.selectFrom('organisations').select('code').where('id', '=', plan.organisationId).executeTakeFirstOrThrow()).code;
      const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'plantrack-bulletin-')), '通报.docx');
      const result = await runPlantrack(env, 'bulletin', '--quarter', '2023Q2', '--out', out, '--organisation', code);
      expect(result.code, result.stderr).toBe(0);
      expect(part(fs.readFileSync(out), 'word/document.xml')).toContain('推进海上风电基地建设');
      expect(importCommand().helpInformation()).toContain('--dry-run');
      for (const option of ['--ledger', '--department', '--leader', '--area', '--out']) expect(exportCommand().helpInformation()).toContain(option);
      for (const option of ['--quarter', '--out']) expect(bulletinCommand().helpInformation()).toContain(option);
      fs.rmSync(path.dirname(out), { recursive: true, force: true });
    },
    SLOW_TEST_MS,
  );
});

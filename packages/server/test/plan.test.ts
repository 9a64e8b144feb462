import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../src/auth/roles.js';
import type { PlanFixture } from './support/factories.js';
import { buildDepartment, buildPlan, buildSamplePlan, buildUser, TEST_PASSWORD } from './support/factories.js';
import type { Session, TestApp } from './support/test-app.js';
import { createTestApp, loginAs } from './support/test-app.js';

let t: TestApp;
let plan: PlanFixture;
let elsewhere: PlanFixture;
const as = {} as Record<Role, Session>;

beforeAll(async () => {
  t = await createTestApp();
  plan = await buildSamplePlan(t.db, {
    notice: '示例数据：来自新闻发布会',
    targets: ['全市国家级、省级重点实验室达到13家左右', '研发经费投入强度达到2.8%左右'],
  });
  elsewhere = await buildPlan(t.db);
  const department = await buildDepartment(t.db, plan);
  for (const role of ['hq', 'leader', 'dept_manager', 'dept_staff', 'sysadmin', 'auditor'] as const) {
    const user = await buildUser(t.db, plan, role, role.startsWith('dept_') ? department.id : null);
    as[role] = await loginAs(t.app, user.username, TEST_PASSWORD);
  }
});
afterAll(async () => t.close());

const auditOf = (entityType: string, id: number) =>
  t.db.selectFrom('auditLog').selectAll().where('entityType', '=', entityType).where('entityId', '=', String(id)).execute();

describe('the plan', () => {
  it('every plan reader sees the current plan, marked as sample data, with its areas and their targets', async () => {
    for (const role of ['hq', 'leader', 'dept_manager', 'dept_staff'] as const) {
      const response = await as[role].get('/api/plan');
      expect(response.statusCode, role).toBe(200);
      const body = response.json().plan;
      expect(body).toMatchObject({ id: plan.planId, startYear: 2023, endYear: 2025, isSample: true, sampleNotice: '示例数据：来自新闻发布会' });
      expect(body.areas.map((a: { code: string }) => a.code)).toEqual(['1', '2']);
      expect(body.areas[0].targets).toEqual(['全市国家级、省级重点实验室达到13家左右', '研发经费投入强度达到2.8%左右']);
      expect(body.areas[1].targets).toEqual([]);
      expect(body.policies.canEdit).toBe(role === 'hq');
    }
  });

  it('the IT administrators may not read the plan (403)', async () => {
    expect((await as.sysadmin.get('/api/plan')).statusCode).toBe(403);
    expect((await as.auditor.get('/api/areas')).statusCode).toBe(403);
  });

  it('the office edits the plan; the audit log keeps before and after', async () => {
    const response = await as.hq.patch('/api/plan', { version: 1, shortTitle: '三年行动计划', announced: '2023-04-12' });
    expect(response.statusCode).toBe(200);
    expect(response.json().plan).toMatchObject({ shortTitle: '三年行动计划', announced: '2023-04-12', version: 2 });
    const [audit] = await auditOf('plan', plan.planId);
    expect(audit!.action).toBe('plan.update');
    expect(JSON.parse(audit!.before!).shortTitle).toBeNull();
    expect(JSON.parse(audit!.after!).shortTitle).toBe('三年行动计划');
  });

  it('nobody but the office edits the plan (403)', async () => {
    for (const role of ['leader', 'dept_manager', 'dept_staff', 'sysadmin'] as const) {
      expect((await as[role].patch('/api/plan', { version: 2, title: '篡改' })).statusCode, role).toBe(403);
    }
  });

  it('a stale version gets 409 and changes nothing', async () => {
    const stale = await as.hq.patch('/api/plan', { version: 1, title: '旧版本上的修改' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('STALE_VERSION');
    expect((await as.hq.get('/api/plan')).json().plan.title).toBe('测试三年行动计划');
  });

  it('an end year before the start year, a bad date or an unknown field is a 400 naming the field', async () => {
    const years = await as.hq.patch('/api/plan', { version: 2, endYear: 2020 });
    expect(years.statusCode).toBe(400);
    expect(years.json().error.details).toMatchObject({ field: 'endYear' });
    expect((await as.hq.patch('/api/plan', { version: 2, announced: '2023-13-01' })).json().error.details.fields[0].field).toBe('body.announced');
    expect((await as.hq.patch('/api/plan', { version: 2, isSample: false })).statusCode).toBe(400);
    expect((await as.hq.get('/api/plan')).json().plan).toMatchObject({ version: 2, endYear: 2025, isSample: true });
  });
});

describe('areas', () => {
  it('the office rewrites an area’s targets; readers see them as a list', async () => {
    const response = await as.hq.patch(`/api/areas/${plan.areaIds['2']}`, { version: 1, title: '领域二（修订）', targets: ['目标甲', '目标乙'] });
    expect(response.statusCode).toBe(200);
    expect(response.json().area).toMatchObject({ title: '领域二（修订）', targets: ['目标甲', '目标乙'], version: 2 });
    const listed = (await as.dept_staff.get('/api/areas')).json().areas;
    expect(listed[1]).toMatchObject({ code: '2', targets: ['目标甲', '目标乙'] });
    const [audit] = await auditOf('area', plan.areaIds['2']!);
    expect(JSON.parse(audit!.before!).targets).toEqual([]);
    expect(JSON.parse(audit!.after!).targets).toEqual(['目标甲', '目标乙']);
  });

  it('nobody but the office edits an area (403)', async () => {
    expect((await as.dept_manager.patch(`/api/areas/${plan.areaIds['1']}`, { version: 1, title: '篡改' })).statusCode).toBe(403);
    expect((await as.leader.patch(`/api/areas/${plan.areaIds['1']}`, { version: 1, title: '篡改' })).statusCode).toBe(403);
  });

  it("another organisation's area is a 404 and stays as it was", async () => {
    const response = await as.hq.patch(`/api/areas/${elsewhere.areaIds['1']}`, { version: 1, title: '越权' });
    expect(response.statusCode).toBe(404);
    const area = await t.db.selectFrom('areas').selectAll().where('id', '=', elsewhere.areaIds['1']!).executeTakeFirstOrThrow();
    expect(area).toMatchObject({ title: '领域1', version: 1 });
  });

  it('a stale version gets 409 and changes nothing; an empty target is a 400 naming it', async () => {
    expect((await as.hq.patch(`/api/areas/${plan.areaIds['2']}`, { version: 1, title: '旧版本' })).statusCode).toBe(409);
    expect((await as.hq.get('/api/areas')).json().areas[1].title).toBe('领域二（修订）');
    const empty = await as.hq.patch(`/api/areas/${plan.areaIds['2']}`, { version: 2, targets: ['目标甲', ' '] });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.details.fields[0].field).toBe('body.targets.1');
  });
});

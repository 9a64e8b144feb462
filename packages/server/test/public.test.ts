import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanFixture } from './support/factories.js';
import { buildCycle, buildDepartment, buildIndicator, buildItem, buildPerson, buildPlan, buildReport, buildUser, TEST_PASSWORD } from './support/factories.js';
import type { TestApp } from './support/test-app.js';
import { createTestApp, loginAs } from './support/test-app.js';

/** 政务公开: anyone reads the public items' progress; nothing else of the plan leaks. */
let t: TestApp;
let plan: PlanFixture;
const STAFF = '保密联系人甲';
const PHONE = '13900001111';
const LEADER = '保密市领导乙';
const COMMENT = '内部审核意见不公开';
const EVIDENCE = '内部佐证材料.pdf';

beforeAll(async () => {
  t = await createTestApp();
  plan = await buildPlan(t.db);
  const department = await buildDepartment(t.db, plan, { name: '测试市科学技术局', shortName: '市科技局' });
  const leader = await buildPerson(t.db, plan, { kind: 'leader', name: LEADER, phone: '13800002222' });
  const staff = await buildPerson(t.db, plan, { kind: 'staff', name: STAFF, phone: PHONE, departmentId: department.id });
  const open = await buildItem(t.db, plan, { code: '1-1', title: '公开的任务', leadDepartmentId: department.id, leaderPersonId: leader.id });
  const hidden = await buildItem(t.db, plan, { code: '1-2', title: '不公开的任务', leadDepartmentId: department.id });
  await t.db.updateTable('items').set({ isPublic: 1, staffPersonId: staff.id, remarks: '内部备注' }).where('id', '=', open.id).execute();
  await t.db.updateTable('items').set({ staffPersonId: staff.id }).where('id', '=', hidden.id).execute();
  const indicator = await buildIndicator(t.db, plan, { name: '公开的指标', unit: '%', target: '3', leadDepartmentId: department.id });
  await t.db.updateTable('items').set({ isPublic: 1 }).where('id', '=', indicator.itemId).execute();
  await buildIndicator(t.db, plan, { name: '不公开的指标', unit: '%', target: '5' });
  // An approved report with a comment and an evidence file on the public item: neither may show.
  const cycle = await buildCycle(t.db, plan);
  const report = await buildReport(t.db, cycle, open.id, { state: 'approved' });
  await t.db.updateTable('progressReports').set({ reviewComment: COMMENT, problems: COMMENT }).where('id', '=', report.id).execute();
  await t.db
    .insertInto('evidenceFiles')
    .values({
      reportId: report.id,
      itemId: open.id,
      sha256: 'a'.repeat(64),
      originalName: EVIDENCE,
      mimeType: 'application/pdf',
      sizeBytes: 10,
      uploadedBy: null,
      uploadedAt: new Date().toISOString(),
    })
    .execute();
  await buildUser(t.db, plan, 'hq');
});

afterAll(async () => {
  await t?.close();
});

describe('GET /api/public/progress', () => {
  it('answers without a session: the plan, its areas, the public items and indicators with their status', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/public/progress' });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json() as {
      plan: { title: string };
      areas: { title: string }[];
      period: string;
      items: { code: string; title: string; leadDepartment: string | null; schedule: { status: string } | null }[];
      indicators: { name: string; schedule: { status: string } | null }[];
    };
    expect(body.plan.title).toBe('测试三年行动计划');
    expect(body.areas.map((area) => area.title)).toEqual(['领域1', '领域2']);
    expect(body.items.map((item) => item.title)).toEqual(['公开的任务', '公开的指标']);
    expect(body.items[0]?.leadDepartment).toBe('测试市科学技术局');
    expect(body.items[0]?.schedule?.status).toEqual(expect.any(String));
    expect(body.indicators.map((indicator) => indicator.name)).toEqual(['公开的指标']);
    expect(body.period).toMatch(/^\d{4}Q[1-4]$/);
  });

  it('never shows a non-public item, staff, phones, leaders, remarks, evidence or comments', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/public/progress' });
    const text = response.body;
    for (const secret of ['不公开的任务', '不公开的指标', STAFF, PHONE, '13800002222', LEADER, '内部备注', COMMENT, EVIDENCE])
      expect(text).not.toContain(secret);
    for (const key of ['staff', 'phone', 'evidence', 'comment', 'leader', 'remarks', 'section', 'version', 'policies'])
      expect(text.toLowerCase()).not.toContain(`"${key}`);
  });

  it('is the same for a signed-in user, and an unknown organisation is a 404', async () => {
    const hq = await buildUser(t.db, plan, 'hq');
    const session = await loginAs(t.app, hq.username, TEST_PASSWORD);
    const signedIn = await session.get('/api/public/progress');
    expect(signedIn.statusCode).toBe(200);
    expect((signedIn.json() as { items: unknown[] }).items).toHaveLength(2);
    const unknown = await t.app.inject({ method: 'GET', url: '/api/public/progress?organisation=NOPE' });
    expect(unknown.statusCode).toBe(404);
  });
});

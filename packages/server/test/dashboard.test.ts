import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanFixture } from './support/factories.js';
import { buildDepartment, buildIndicator, buildItem, buildPlan, buildUser, TEST_PASSWORD } from './support/factories.js';
import { draftAndSubmitReport } from './support/report-flow.js';
import type { Session, TestApp } from './support/test-app.js';
import { createTestApp, loginAs } from './support/test-app.js';

/** One department reports well, another not at all: the dashboard must say so, by the rules. */
let t: TestApp;
let plan: PlanFixture;
let hq: Session;
let leadManager: Session;
let goodItem: number;
let silentItem: number;
let goodDepartment: number;
let silentDepartment: number;

const summary = async () => (await hq.get('/api/dashboard/summary?asOf=2023Q2')).json();

beforeAll(async () => {
  t = await createTestApp();
  plan = await buildPlan(t.db);
  goodDepartment = (await buildDepartment(t.db, plan, { shortName: '市好局' })).id;
  silentDepartment = (await buildDepartment(t.db, plan, { shortName: '市慢局' })).id;
  goodItem = (await buildItem(t.db, plan, { code: '1-01', leadDepartmentId: goodDepartment, ledgers: ['master'] })).id;
  silentItem = (await buildItem(t.db, plan, { code: '2-01', area: '2', leadDepartmentId: silentDepartment, ledgers: ['master', 'innovations'] })).id;
  hq = await loginAs(t.app, (await buildUser(t.db, plan, 'hq')).username, TEST_PASSWORD);
  leadManager = await loginAs(t.app, (await buildUser(t.db, plan, 'dept_manager', goodDepartment)).username, TEST_PASSWORD);
  const staff = await loginAs(t.app, (await buildUser(t.db, plan, 'dept_staff', goodDepartment)).username, TEST_PASSWORD);
  for (const [itemId, percent] of [
    [goodItem, 40],
    [silentItem, 50],
  ] as const) {
    expect((await hq.put(`/api/items/${itemId}/quarterly-plans/2023Q2`, { milestone: '完成阶段任务', cumulativePercent: percent })).statusCode).toBe(200);
  }
  await hq.post('/api/cycles', { period: '2023Q2', deadline: '2023-07-07' });
  await draftAndSubmitReport(staff, leadManager, goodItem, '2023Q2');
});
afterAll(async () => t.close());

describe('the dashboard for a quarter', () => {
  it('before the office approves anything, both items are held to what was due by the end of the last quarter, and lag', async () => {
    const body = await summary();
    // Planned 40% and 50% by 30 June from 0 on 1 January: about 20% and 25% were due by 31 March.
    expect(body.totals).toMatchObject({ total: 2, slightly_behind: 2 });
    const silent = (await hq.get(`/api/items/${silentItem}?asOf=2023Q2`)).json().item;
    expect(silent.schedule).toMatchObject({ status: 'slightly_behind', planned: 24.86, actual: null });
    expect(silent.schedule.reasonZh).toBe('截至上季度末计划完成24.86%，尚无审核通过的报告（按0%计），落后24.86个百分点');
  });

  it('an approved report moves its item on schedule, with the reason in one sentence', async () => {
    const report = (await hq.get(`/api/reports?item=${goodItem}`)).json().reports[0];
    expect((await hq.post(`/api/reports/${report.id}/approve`, { version: report.version, qualityRating: 5 })).statusCode).toBe(200);
    const item = (await hq.get(`/api/items/${goodItem}?asOf=2023Q2`)).json().item;
    expect(item.schedule).toMatchObject({ status: 'on_schedule', planned: 40, actual: 35, gap: 5 });
    expect(item.schedule.reasonZh).toContain('计划完成40%');
    expect((await summary()).totals).toMatchObject({ on_schedule: 1, slightly_behind: 1 });
  });

  it('closing the cycle turns the silent item into "not reported" and warns about it', async () => {
    const cycle = (await hq.get('/api/cycles')).json().cycles[0];
    await hq.post(`/api/cycles/${cycle.id}/close`, { version: cycle.version });
    const body = await summary();
    expect(body.totals).toMatchObject({ on_schedule: 1, not_reported: 1 });
    expect(body.warnings.some((w: { kind: string; subject: { id: string } }) => w.kind === 'not_reported' && w.subject.id === String(silentItem))).toBe(true);
  });

  it('counts by area, department and ledger, each with the filter that lists its items', async () => {
    const body = await summary();
    const area2 = body.byArea.find((g: { key: string }) => g.key === '2');
    expect(area2).toMatchObject({ counts: { not_reported: 1, total: 1 }, filter: { area: '2' } });
    const slow = body.byDepartment.find((g: { label: string }) => g.label === '市慢局');
    expect(slow.counts.not_reported).toBe(1);
    const listed = (await hq.get(`/api/items?department=${slow.filter.department}&status=not_reported&asOf=2023Q2`)).json();
    expect(listed.items.map((i: { id: number }) => i.id)).toEqual([silentItem]);
    expect(body.byLedger.find((g: { key: string }) => g.key === 'innovations').counts.total).toBe(1);
    expect(body.byLedger.find((g: { key: string }) => g.key === 'master').counts.total).toBe(2);
  });

  it('ranks the department that reported on time above the one that did not', async () => {
    const ranking = (await summary()).ranking as { name: string; rank: number; total: number }[];
    expect(ranking.map((r) => r.name)).toEqual(['市好局', '市慢局']);
    expect(ranking[0]!.total).toBeGreaterThan(ranking[1]!.total);
  });

  it('gives 争先进位 points from the provincial rank: 2nd place is 95 of 100', async () => {
    const indicator = await buildIndicator(t.db, plan, { name: '研发投入强度', baseline: '2.4', target: '2.8', leadDepartmentId: goodDepartment });
    // 2023Q2 is closed by now; the rank reported for 2023Q1 (no cycle: the office enters it) still counts.
    expect((await hq.put(`/api/indicators/${indicator.id}/values/2023Q1`, { value: '2.5', provincialRank: 2, note: null })).statusCode).toBe(200);
    const ranking = (await summary()).ranking as { name: string; indicatorRankPoints: number | null }[];
    expect(ranking.find((r) => r.name === '市好局')?.indicatorRankPoints).toBe(95);
    expect(ranking.find((r) => r.name === '市慢局')?.indicatorRankPoints).toBeNull();
  });

  it('counts indicators by the status of their primary target and names the ones at risk, worst first', async () => {
    const falling = await buildIndicator(t.db, plan, { name: '清洁能源占比', baseline: '20', target: '30', leadDepartmentId: silentDepartment });
    expect((await hq.put(`/api/indicators/${falling.id}/values/2023Q1`, { value: '15', provincialRank: null, note: null })).statusCode).toBe(200);
    const body = await summary();
    const listed = (await hq.get('/api/indicators?asOf=2023Q2&pageSize=200')).json();
    type Listed = { id: number; assessment: Record<'provincial' | 'plan' | 'stretch', { status: string } | null> };
    const statusOf = ({ assessment }: Listed) => (assessment.provincial ?? assessment.plan ?? assessment.stretch)?.status ?? 'insufficient_data';
    const expected: Record<string, number> = {};
    for (const indicator of listed.indicators as Listed[]) expected[statusOf(indicator)] = (expected[statusOf(indicator)] ?? 0) + 1;
    expect(body.indicators.total).toBe(listed.total);
    expect(Object.fromEntries(Object.entries(body.indicators.counts).filter(([, count]) => count !== 0))).toEqual(expected);
    expect(body.indicators.atRisk[0]).toEqual({ id: falling.id, name: '清洁能源占比', status: 'deteriorating' });
  });

  it('counts the items whose responsibility chain has gaps, as the item list filters them', async () => {
    const { chain } = await summary();
    const all = (await hq.get('/api/items?pageSize=1')).json();
    const incomplete = (await hq.get('/api/items?pageSize=1&chain=incomplete')).json();
    expect(chain).toEqual({ total: all.total, incomplete: incomplete.total });
    expect(chain.incomplete).toBeGreaterThan(0);
  });

  it('a department sees the dashboard of its own items only', async () => {
    const body = (await leadManager.get('/api/dashboard/summary?asOf=2023Q2')).json();
    expect(body.totals.total).toBe(2); // its item and its first indicator
    expect(body.ranking.map((r: { name: string }) => r.name)).toEqual(['市好局']);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanFixture } from './support/factories.js';
import { buildDepartment, buildItem, buildPlan, buildUser, TEST_PASSWORD } from './support/factories.js';
import type { Session, TestApp } from './support/test-app.js';
import { createTestApp, loginAs } from './support/test-app.js';

/**
 * The summary carries its first warnings and how many there are; the rest are paged from
 * /api/dashboard/warnings in the summary's order, a department seeing only its own.
 */
interface Warning {
  kind: string;
  level: string;
  subject: { type: string; id: string };
}
let t: TestApp;
let plan: PlanFixture;
let hq: Session;
let fastManager: Session;
let fast: number;
let slow: number;
const itemsOf = new Map<number, string[]>();

const keyOf = (w: Warning) => `${w.kind}:${w.subject.type}:${w.subject.id}`;

async function everyPage(session: Session, query: string, pageSize: number) {
  const seen: Warning[] = [];
  for (let page = 1; ; page++) {
    const response = await session.get(`/api/dashboard/warnings?asOf=2023Q2&pageSize=${pageSize}&page=${page}${query}`);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ page, pageSize });
    seen.push(...body.warnings);
    if (body.warnings.length < pageSize) return { warnings: seen, total: body.total as number };
  }
}

beforeAll(async () => {
  t = await createTestApp();
  plan = await buildPlan(t.db);
  fast = (await buildDepartment(t.db, plan, { shortName: '市快局' })).id;
  slow = (await buildDepartment(t.db, plan, { shortName: '市慢局' })).id;
  hq = await loginAs(t.app, (await buildUser(t.db, plan, 'hq')).username, TEST_PASSWORD);
  fastManager = await loginAs(t.app, (await buildUser(t.db, plan, 'dept_manager', fast)).username, TEST_PASSWORD);
  // Seven items of one department and five of another, all lagging behind their plans for the quarter.
  for (const [department, count] of [
    [fast, 7],
    [slow, 5],
  ] as const) {
    itemsOf.set(department, []);
    for (let n = 0; n < count; n++) {
      const item = (await buildItem(t.db, plan, { leadDepartmentId: department })).id;
      itemsOf.get(department)!.push(String(item));
      expect((await hq.put(`/api/items/${item}/quarterly-plans/2023Q2`, { milestone: '完成阶段任务', cumulativePercent: 40 + n * 10 })).statusCode).toBe(200);
    }
  }
  await hq.post('/api/cycles', { period: '2023Q2', deadline: '2023-07-07' });
});
afterAll(async () => t.close());

describe('the dashboard warnings, a page at a time', () => {
  it('the summary carries only the first warnings, most severe first, and how many there are by level', async () => {
    const summary = (await hq.get('/api/dashboard/summary?asOf=2023Q2')).json();
    const all = await everyPage(hq, '', 200);
    expect(all.total).toBeGreaterThan(8);
    expect(summary.warnings).toHaveLength(8);
    expect(summary.warnings).toEqual(all.warnings.slice(0, 8));
    const red = all.warnings.filter((w) => w.level === 'red').length;
    expect(red).toBeGreaterThan(0);
    expect(red).toBeLessThan(all.total);
    expect(summary.warningCounts).toEqual({ total: all.total, red, yellow: all.total - red });
    const levels = all.warnings.map((w) => w.level);
    expect(levels).toEqual([...levels].sort((a, b) => (a === b ? 0 : a === 'red' ? -1 : 1)));
  });

  it('paging returns every warning exactly once, in the summary’s order', async () => {
    const whole = await everyPage(hq, '', 200);
    const paged = await everyPage(hq, '', 5);
    expect(paged.total).toBe(whole.total);
    expect(paged.warnings).toEqual(whole.warnings);
    expect(new Set(paged.warnings.map(keyOf)).size).toBe(paged.warnings.length);
    // Past the end: an empty page, the same total.
    const beyond = (await hq.get('/api/dashboard/warnings?asOf=2023Q2&pageSize=5&page=99')).json();
    expect(beyond).toMatchObject({ warnings: [], total: whole.total });
  });

  it('narrows by level, kind and lead department, keeping the order', async () => {
    const whole = (await everyPage(hq, '', 200)).warnings;
    for (const level of ['red', 'yellow']) {
      const narrowed = await everyPage(hq, `&level=${level}`, 3);
      expect(narrowed.warnings).toEqual(whole.filter((w) => w.level === level));
    }
    const kind = whole.at(-1)!.kind;
    expect((await everyPage(hq, `&kind=${kind}`, 4)).warnings).toEqual(whole.filter((w) => w.kind === kind));
    const slowOnes = await everyPage(hq, `&department=${slow}`, 4);
    expect(slowOnes.warnings.length).toBeGreaterThan(0);
    expect(slowOnes.warnings.every((w) => itemsOf.get(slow)!.includes(w.subject.id))).toBe(true);
    expect(slowOnes.warnings).toEqual(whole.filter((w) => itemsOf.get(slow)!.includes(w.subject.id)));
  });

  it('a department pages only its own warnings, and cannot reach another department’s', async () => {
    const own = await everyPage(fastManager, '', 4);
    expect(own.warnings.length).toBeGreaterThan(0);
    expect(own.warnings.every((w) => itemsOf.get(fast)!.includes(w.subject.id))).toBe(true);
    const summary = (await fastManager.get('/api/dashboard/summary?asOf=2023Q2')).json();
    expect(summary.warningCounts.total).toBe(own.total);
    expect(await everyPage(fastManager, `&department=${slow}`, 4)).toEqual({ warnings: [], total: 0 });
  });

  it('answers 304 to a repeated request, and refuses a page size above 200', async () => {
    const first = await hq.get('/api/dashboard/warnings?asOf=2023Q2&page=2&pageSize=5');
    expect(first.headers.etag).toBeTruthy();
    const again = await hq.get('/api/dashboard/warnings?asOf=2023Q2&page=2&pageSize=5', { 'if-none-match': String(first.headers.etag) });
    expect(again.statusCode).toBe(304);
    expect((await hq.get('/api/dashboard/warnings?asOf=2023Q2&pageSize=201')).statusCode).toBe(400);
  });
});

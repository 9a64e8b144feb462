import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/db/database.js';
import type { PlanFixture } from './support/factories.js';
import { buildCycle, buildDepartment, buildItem, buildPlan, buildReport, buildUser, TEST_PASSWORD } from './support/factories.js';
import type { Session, TestApp } from './support/test-app.js';
import { createTestApp, loginAs } from './support/test-app.js';

/**
 * The roadmap (施工路线图) of a year: areas × quarters, each cell with its counts per status and how
 * many milestones the advancement plans set for that quarter; a cell, opened, lists those milestones
 * (a page at a time) with their status by the same rule as the dashboard; nothing of another
 * organisation's plan.
 */
let t: TestApp;
let plan: PlanFixture;
let hq: Session;
let leader: Session;
let manager: Session;
const ids = {} as Record<'onSchedule' | 'completed' | 'slightly' | 'seriously' | 'notStarted' | 'unplanned' | 'otherOrg', number>;

interface Milestone {
  item: { id: number; code: string; title: string };
  milestone: string | null;
  plannedPercent: number | null;
  status: string;
  reasonZh: string;
}
interface Cell {
  period: string;
  counts: Record<string, number>;
  milestoneCount: number;
}
interface CellMilestones {
  period: string;
  area: { key: string; label: string };
  milestones: Milestone[];
  total: number;
  page: number;
  pageSize: number;
}
interface Roadmap {
  year: number;
  years: number[];
  currentPeriod: string;
  quarters: { period: string; periodLabel: string; isCurrent: boolean; counts: Record<string, number> }[];
  areas: { key: string; label: string; filter: Record<string, string>; cells: Cell[] }[];
}

async function planQuarter(db: Db, itemId: number, period: string, milestone: string, percent: number) {
  const stamp = new Date().toISOString();
  await db
    .insertInto('quarterlyPlans')
    .values({ itemId, period, milestone, cumulativeBp: percent * 100, createdAt: stamp, updatedAt: stamp })
    .execute();
}

const roadmapOf = async (session: Session, year = 2023) => {
  const response = await session.get(`/api/dashboard/roadmap?year=${year}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as Roadmap;
};
const cellOf = (roadmap: Roadmap, area: string, period: string) => roadmap.areas.find((a) => a.key === area)!.cells.find((c) => c.period === period)!;
/** Opens a cell: `period` like 2023Q1 gives the year and the quarter. */
const openCell = async (session: Session, area: string, period: string, paging = '') => {
  const response = await session.get(`/api/dashboard/roadmap/cell?year=${period.slice(0, 4)}&quarter=${period.slice(5)}&area=${area}${paging}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as CellMilestones;
};
const milestoneOf = (cell: CellMilestones, itemId: number) => cell.milestones.find((m) => m.item.id === itemId);

beforeAll(async () => {
  t = await createTestApp();
  plan = await buildPlan(t.db);
  const department = await buildDepartment(t.db, plan, { shortName: '市路线局' });
  const item = async (code: string, area: string) => (await buildItem(t.db, plan, { code, area, leadDepartmentId: department.id })).id;
  ids.onSchedule = await item('1-01', '1');
  ids.completed = await item('1-02', '1');
  ids.slightly = await item('2-01', '2');
  ids.seriously = await item('2-02', '2');
  ids.notStarted = await item('2-03', '2');
  ids.unplanned = await item('2-04', '2');
  // Starts next year: nothing is planned for 2023 yet, and nothing reported.
  await t.db.updateTable('items').set({ startDate: '2024-01-01' }).where('id', '=', ids.notStarted).execute();

  await planQuarter(t.db, ids.onSchedule, '2023Q1', '完成前期调研', 20);
  await planQuarter(t.db, ids.onSchedule, '2023Q2', '完成实施方案', 50);
  await planQuarter(t.db, ids.completed, '2023Q1', '完成招标', 10);
  await planQuarter(t.db, ids.slightly, '2023Q1', '启动建设', 30);
  await planQuarter(t.db, ids.seriously, '2023Q1', '主体完工', 50);
  await planQuarter(t.db, ids.notStarted, '2024Q1', '明年启动', 10);

  const q1 = await buildCycle(t.db, plan, { period: '2023Q1', deadline: '2023-04-07', status: 'closed' });
  await buildCycle(t.db, plan, { period: '2023Q2', deadline: '2023-07-07', status: 'closed' });
  await buildReport(t.db, q1, ids.onSchedule, { state: 'approved', completionBp: 2000 });
  await buildReport(t.db, q1, ids.completed, { state: 'approved', completionBp: 10000 });
  await buildReport(t.db, q1, ids.slightly, { state: 'approved', completionBp: 1000 });
  await buildReport(t.db, q1, ids.seriously, { state: 'approved', completionBp: 1000 });
  await buildReport(t.db, q1, ids.unplanned, { state: 'approved', completionBp: 1000 });

  // Another city, with a milestone in the same quarter: never on this city's roadmap.
  const otherPlan = await buildPlan(t.db);
  ids.otherOrg = (await buildItem(t.db, otherPlan, { code: '1-01' })).id;
  await planQuarter(t.db, ids.otherOrg, '2023Q1', '他市节点', 20);

  hq = await loginAs(t.app, (await buildUser(t.db, plan, 'hq')).username, TEST_PASSWORD);
  leader = await loginAs(t.app, (await buildUser(t.db, plan, 'leader')).username, TEST_PASSWORD);
  manager = await loginAs(t.app, (await buildUser(t.db, plan, 'dept_manager', department.id)).username, TEST_PASSWORD);
});
afterAll(async () => t.close());

describe('the roadmap of a year', () => {
  it('lays out the plan’s areas × the year’s four quarters, with the plan’s years to choose from', async () => {
    const roadmap = await roadmapOf(hq);
    expect(roadmap.year).toBe(2023);
    expect(roadmap.years).toEqual([2023, 2024, 2025]);
    expect(roadmap.quarters.map((q) => q.period)).toEqual(['2023Q1', '2023Q2', '2023Q3', '2023Q4']);
    expect(roadmap.quarters[1]!.periodLabel).toBe('2023年二季度');
    expect(roadmap.quarters.every((q) => q.isCurrent === (q.period === roadmap.currentPeriod))).toBe(true);
    expect(roadmap.areas.map((a) => a.key)).toEqual(['1', '2']);
    expect(roadmap.areas[0]).toMatchObject({ label: '一、领域1', filter: { area: '1' } });
    for (const area of roadmap.areas) expect(area.cells.map((c) => c.period)).toEqual(roadmap.quarters.map((q) => q.period));
  });

  it('an opened cell lists the quarter’s milestones with the planned % and the status the dashboard’s rule gives', async () => {
    const roadmap = await roadmapOf(hq);
    const area1 = await openCell(hq, '1', '2023Q1');
    expect(area1).toMatchObject({ period: '2023Q1', area: { key: '1', label: '一、领域1' }, total: 2, page: 1 });
    expect(milestoneOf(area1, ids.onSchedule)).toMatchObject({ milestone: '完成前期调研', plannedPercent: 20, status: 'on_schedule' });
    expect(milestoneOf(area1, ids.onSchedule)!.reasonZh).toContain('计划完成20%');
    expect(milestoneOf(area1, ids.completed)).toMatchObject({ milestone: '完成招标', plannedPercent: 10, status: 'completed' });
    const area2 = await openCell(hq, '2', '2023Q1');
    expect(milestoneOf(area2, ids.slightly)).toMatchObject({ milestone: '启动建设', plannedPercent: 30, status: 'slightly_behind' });
    expect(milestoneOf(area2, ids.seriously)).toMatchObject({ milestone: '主体完工', plannedPercent: 50, status: 'seriously_behind' });
    // An item without a milestone in the quarter is counted but lists no milestone.
    expect(milestoneOf(area2, ids.unplanned)).toBeUndefined();
    expect(cellOf(roadmap, '2', '2023Q1').counts).toMatchObject({ slightly_behind: 1, seriously_behind: 1, not_started: 1, total: 4 });
    // The next quarter's cycle closed without a report: "not reported", whatever was planned.
    expect(milestoneOf(await openCell(hq, '1', '2023Q2'), ids.onSchedule)).toMatchObject({
      milestone: '完成实施方案',
      plannedPercent: 50,
      status: 'not_reported',
    });
    expect(cellOf(roadmap, '1', '2023Q2').counts).toMatchObject({ completed: 1, not_reported: 1, total: 2 });
  });

  it('matches the dashboard summary’s counts for the same quarter', async () => {
    const roadmap = await roadmapOf(hq);
    const summary = (await hq.get('/api/dashboard/summary?asOf=2023Q1')).json();
    expect(roadmap.quarters[0]!.counts).toEqual(summary.totals);
    for (const group of summary.byArea as { key: string; counts: Record<string, number> }[]) {
      expect(cellOf(roadmap, group.key, '2023Q1').counts).toEqual(group.counts);
    }
  });

  it('counts in each cell exactly the milestones the cell lists when opened', async () => {
    for (const year of [2023, 2024]) {
      const roadmap = await roadmapOf(hq, year);
      for (const area of roadmap.areas) {
        for (const cell of area.cells) {
          const opened = await openCell(hq, area.key, cell.period);
          expect(opened.total, `${area.key} ${cell.period}`).toBe(cell.milestoneCount);
          expect(opened.milestones).toHaveLength(cell.milestoneCount);
        }
      }
    }
    expect(cellOf(await roadmapOf(hq), '1', '2023Q1').milestoneCount).toBe(2);
  });

  it('puts a later year’s milestones in that year', async () => {
    const roadmap = await roadmapOf(hq, 2024);
    expect(cellOf(roadmap, '2', '2024Q1').milestoneCount).toBe(1);
    expect(milestoneOf(await openCell(hq, '2', '2024Q1'), ids.notStarted)).toMatchObject({ milestone: '明年启动', plannedPercent: 10 });
    expect(cellOf(roadmap, '1', '2024Q1').milestoneCount).toBe(0);
    expect((await openCell(hq, '1', '2024Q1')).milestones).toEqual([]);
  });

  it('pages a cell’s milestones by item code, with the total', async () => {
    const first = await openCell(hq, '2', '2023Q1', '&pageSize=1');
    expect(first).toMatchObject({ total: 2, page: 1, pageSize: 1 });
    expect(first.milestones.map((m) => m.item.id)).toEqual([ids.slightly]);
    const second = await openCell(hq, '2', '2023Q1', '&pageSize=1&page=2');
    expect(second.milestones.map((m) => m.item.id)).toEqual([ids.seriously]);
    expect((await openCell(hq, '2', '2023Q1', '&pageSize=1&page=3')).milestones).toEqual([]);
    expect((await hq.get('/api/dashboard/roadmap/cell?year=2023&quarter=1&area=2&pageSize=201')).statusCode).toBe(400);
  });

  it('refuses an unknown area, quarter or year, or a cell asked without its year', async () => {
    const unknown = await hq.get('/api/dashboard/roadmap/cell?year=2023&quarter=1&area=9');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('NOT_FOUND');
    const outside = await hq.get('/api/dashboard/roadmap/cell?year=2030&quarter=1&area=1');
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.code).toBe('VALIDATION_FAILED');
    expect((await hq.get('/api/dashboard/roadmap/cell?year=2023&quarter=5&area=1')).statusCode).toBe(400);
    expect((await hq.get('/api/dashboard/roadmap/cell?quarter=1&area=1')).statusCode).toBe(400);
  });

  it('answers an unchanged cell with 304 to its ETag', async () => {
    const url = '/api/dashboard/roadmap/cell?year=2023&quarter=1&area=1';
    const first = await hq.get(url);
    expect(first.headers.etag).toBeTruthy();
    expect((await hq.get(url, { 'if-none-match': String(first.headers.etag) })).statusCode).toBe(304);
  });

  it('holds nothing of another organisation’s plan', async () => {
    const roadmap = await roadmapOf(hq);
    expect(roadmap.quarters[0]!.counts.total).toBe(6);
    for (const area of roadmap.areas) {
      const opened = await openCell(hq, area.key, '2023Q1');
      expect(opened.milestones.map((m) => m.item.id)).not.toContain(ids.otherOrg);
      expect(JSON.stringify(opened)).not.toContain('他市节点');
    }
  });

  it('is for the office and the leaders; a year outside the plan or an unknown parameter is refused', async () => {
    expect((await roadmapOf(leader)).areas).toHaveLength(2);
    expect((await openCell(leader, '1', '2023Q1')).total).toBe(2);
    expect((await manager.get('/api/dashboard/roadmap?year=2023')).statusCode).toBe(403);
    // A department sees neither the roadmap nor any cell of it, its own items' or another's.
    expect((await manager.get('/api/dashboard/roadmap/cell?year=2023&quarter=1&area=1')).statusCode).toBe(403);
    const outside = await hq.get('/api/dashboard/roadmap?year=2030');
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.code).toBe('VALIDATION_FAILED');
    expect((await hq.get('/api/dashboard/roadmap?year=2023&area=1')).statusCode).toBe(400);
    expect((await hq.get('/api/dashboard/roadmap?year=abc')).statusCode).toBe(400);
  });

  it('shows a milestone planned through the app at once, although the roadmap is reused while nothing changes', async () => {
    expect(cellOf(await roadmapOf(hq, 2025), '1', '2025Q3').milestoneCount).toBe(0);
    expect((await hq.put(`/api/items/${ids.completed}/quarterly-plans/2025Q3`, { milestone: '验收', cumulativePercent: 100 })).statusCode).toBe(200);
    expect(cellOf(await roadmapOf(hq, 2025), '1', '2025Q3').milestoneCount).toBe(1);
    expect((await openCell(hq, '1', '2025Q3')).milestones).toMatchObject([{ item: { id: ids.completed }, milestone: '验收', plannedPercent: 100 }]);
  });

  it('without a year shows the current one, kept inside the plan’s years', async () => {
    const response = await hq.get('/api/dashboard/roadmap');
    expect(response.statusCode).toBe(200);
    const year = Number(response.json().currentPeriod.slice(0, 4));
    expect(response.json().year).toBe(Math.min(2025, Math.max(2023, year)));
  });
});

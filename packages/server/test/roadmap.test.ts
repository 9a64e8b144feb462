import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/db/database.js';
import type { PlanFixture } from './support/factories.js';
import { buildCycle, buildDepartment, buildItem, buildPlan, buildReport, buildUser, TEST_PASSWORD } from './support/factories.js';
import type { Session, TestApp } from './support/test-app.js';
import { createTestApp, loginAs } from './support/test-app.js';

/**
 * The roadmap (施工路线图) of a year: areas × quarters, each cell with the milestones the advancement
 * plans set for that quarter and their status by the same rule as the dashboard, counts per status,
 * and nothing of another organisation's plan.
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
  milestones: Milestone[];
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
const milestoneOf = (cell: Cell, itemId: number) => cell.milestones.find((m) => m.item.id === itemId);

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

  it('shows each quarter’s milestones with the planned % and the status the dashboard’s rule gives', async () => {
    const roadmap = await roadmapOf(hq);
    const area1 = cellOf(roadmap, '1', '2023Q1');
    expect(milestoneOf(area1, ids.onSchedule)).toMatchObject({ milestone: '完成前期调研', plannedPercent: 20, status: 'on_schedule' });
    expect(milestoneOf(area1, ids.onSchedule)!.reasonZh).toContain('计划完成20%');
    expect(milestoneOf(area1, ids.completed)).toMatchObject({ milestone: '完成招标', plannedPercent: 10, status: 'completed' });
    const area2 = cellOf(roadmap, '2', '2023Q1');
    expect(milestoneOf(area2, ids.slightly)).toMatchObject({ milestone: '启动建设', plannedPercent: 30, status: 'slightly_behind' });
    expect(milestoneOf(area2, ids.seriously)).toMatchObject({ milestone: '主体完工', plannedPercent: 50, status: 'seriously_behind' });
    // An item without a milestone in the quarter is counted but lists no milestone.
    expect(milestoneOf(area2, ids.unplanned)).toBeUndefined();
    expect(area2.counts).toMatchObject({ slightly_behind: 1, seriously_behind: 1, not_started: 1, total: 4 });
    // The next quarter's cycle closed without a report: "not reported", whatever was planned.
    expect(milestoneOf(cellOf(roadmap, '1', '2023Q2'), ids.onSchedule)).toMatchObject({
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

  it('puts a later year’s milestones in that year', async () => {
    const roadmap = await roadmapOf(hq, 2024);
    expect(milestoneOf(cellOf(roadmap, '2', '2024Q1'), ids.notStarted)).toMatchObject({ milestone: '明年启动', plannedPercent: 10 });
    expect(cellOf(roadmap, '1', '2024Q1').milestones).toEqual([]);
  });

  it('holds nothing of another organisation’s plan', async () => {
    const roadmap = await roadmapOf(hq);
    const itemIds = roadmap.areas.flatMap((a) => a.cells.flatMap((c) => c.milestones.map((m) => m.item.id)));
    expect(itemIds).not.toContain(ids.otherOrg);
    expect(JSON.stringify(roadmap)).not.toContain('他市节点');
    expect(roadmap.quarters[0]!.counts.total).toBe(6);
  });

  it('is for the office and the leaders; a year outside the plan or an unknown parameter is refused', async () => {
    expect((await roadmapOf(leader)).areas).toHaveLength(2);
    expect((await manager.get('/api/dashboard/roadmap?year=2023')).statusCode).toBe(403);
    const outside = await hq.get('/api/dashboard/roadmap?year=2030');
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.code).toBe('VALIDATION_FAILED');
    expect((await hq.get('/api/dashboard/roadmap?year=2023&area=1')).statusCode).toBe(400);
    expect((await hq.get('/api/dashboard/roadmap?year=abc')).statusCode).toBe(400);
  });

  it('without a year shows the current one, kept inside the plan’s years', async () => {
    const response = await hq.get('/api/dashboard/roadmap');
    expect(response.statusCode).toBe(200);
    const year = Number(response.json().currentPeriod.slice(0, 4));
    expect(response.json().year).toBe(Math.min(2025, Math.max(2023, year)));
  });
});

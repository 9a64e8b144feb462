import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanFixture } from './support/factories.js';
import { buildDepartment, buildPlan, buildUser, TEST_PASSWORD } from './support/factories.js';
import type { Session, TestApp } from './support/test-app.js';
import { createTestApp, loginAs } from './support/test-app.js';

/** The office adds, edits and retires key indicators through the API (issue #16, bug 12). */
let t: TestApp;
let plan: PlanFixture;
let hq: Session;
let manager: Session;
let departmentId: number;

interface ListedIndicator {
  id: number;
  code: string;
  name: string;
}

beforeAll(async () => {
  t = await createTestApp();
  plan = await buildPlan(t.db);
  departmentId = (await buildDepartment(t.db, plan)).id;
  hq = await loginAs(t.app, (await buildUser(t.db, plan, 'hq')).username, TEST_PASSWORD);
  manager = await loginAs(t.app, (await buildUser(t.db, plan, 'dept_manager', departmentId)).username, TEST_PASSWORD);
});
afterAll(async () => t.close());

let codeCount = 0;
function newIndicator(overrides: Record<string, unknown> = {}) {
  codeCount += 1;
  return {
    code: `指标-${codeCount}`,
    title: `单位GDP能耗下降率${codeCount}`,
    ledgers: ['key_indicators'],
    areaCode: '1',
    leadDepartmentId: departmentId,
    indicator: {
      unit: '%',
      direction: 'lower_better',
      valueKind: 'level',
      baselineYear: 2022,
      baselineValue: '0.52',
      targetYear: 2025,
      target: '0.46',
      provinceTarget: '0.47',
      yearlyTargets: [
        { year: 2023, value: '0.50' },
        { year: 2024, value: '0.48' },
      ],
    },
    ...overrides,
  };
}

async function createIndicator(overrides: Record<string, unknown> = {}): Promise<ListedIndicator> {
  const body = newIndicator(overrides);
  const response = await hq.post('/api/items', body);
  expect(response.statusCode, response.body).toBe(201);
  const listed = (await hq.get(`/api/indicators?q=${encodeURIComponent(body.code)}`)).json().indicators as ListedIndicator[];
  expect(listed).toHaveLength(1);
  return listed[0]!;
}

const idsOf = (indicators: { id: number }[]) => indicators.map((indicator) => indicator.id);

describe('the office creates an indicator', () => {
  it('an item posted to the key-indicator ledger is an indicator with its unit, direction, baseline and targets', async () => {
    const { id, code } = await createIndicator();
    const indicator = (await hq.get(`/api/indicators/${id}`)).json().indicator;
    expect(indicator).toMatchObject({
      code,
      unit: '%',
      direction: 'lower_better',
      valueKind: 'level',
      leadDepartment: { id: departmentId },
      baseline: { year: 2022, value: '0.52' },
      target: { year: 2025, value: '0.46' },
      provinceTarget: '0.47',
      yearlyTargets: [
        { year: 2023, value: '0.50' },
        { year: 2024, value: '0.48' },
      ],
      retiredAt: null,
      version: 1,
    });
    const audit = await t.db.selectFrom('auditLog').select('action').where('entityType', '=', 'indicator').where('entityId', '=', String(id)).execute();
    expect(audit.map((row) => row.action)).toEqual(['indicator.create']);
  });

  it('without indicator fields it is still an indicator: higher is better, target year the plan’s last', async () => {
    const { id } = await createIndicator({ indicator: undefined });
    expect((await hq.get(`/api/indicators/${id}`)).json().indicator).toMatchObject({ direction: 'higher_better', target: { year: 2025 }, baseline: null });
  });

  it('indicator fields on an item outside the key-indicator ledger are refused, and nothing is created', async () => {
    const response = await hq.post('/api/items', newIndicator({ code: '非指标-1', ledgers: ['master'] }));
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.fields).toEqual([
      expect.objectContaining({ field: 'body.indicator', message: expect.stringContaining('重点指标台账') }),
    ]);
    expect((await hq.get('/api/items?q=非指标-1')).json().total).toBe(0);
  });

  it('a target year before the baseline year and a year with two targets are refused in Chinese, naming the field', async () => {
    const early = await hq.post('/api/items', newIndicator({ indicator: { baselineYear: 2024, targetYear: 2023 } }));
    expect(early.statusCode).toBe(400);
    expect(early.json().error.details.fields).toEqual([{ field: 'body.indicator.targetYear', message: '目标年份应晚于基期年份，请修改目标年份或基期年份' }]);
    const twice = await hq.post(
      '/api/items',
      newIndicator({
        indicator: {
          yearlyTargets: [
            { year: 2023, value: '1' },
            { year: 2023, value: '2' },
          ],
        },
      }),
    );
    expect(twice.statusCode).toBe(400);
    expect(twice.json().error.details.fields[0].message).toContain('每个年份只能有一个年度目标');
    const notANumber = await hq.post('/api/items', newIndicator({ indicator: { target: '百分之五' } }));
    expect(notANumber.json().error.details.fields).toEqual([{ field: 'body.indicator.target', message: '应为数字，如 2.8' }]);
  });

  it('an item moved into the key-indicator ledger becomes an indicator', async () => {
    const created = (await hq.post('/api/items', { code: '后加指标-1', title: '清洁能源装机容量', ledgers: ['master'] })).json().item;
    expect((await hq.get('/api/indicators?q=后加指标-1')).json().total).toBe(0);
    const moved = await hq.patch(`/api/items/${created.id}`, { version: created.version, ledgers: ['master', 'key_indicators'] });
    expect(moved.statusCode).toBe(200);
    expect((await hq.get('/api/indicators?q=后加指标-1')).json().indicators).toEqual([
      expect.objectContaining({ name: '清洁能源装机容量', direction: 'higher_better' }),
    ]);
  });

  it('a department manager cannot create an indicator', async () => {
    expect((await manager.post('/api/items', newIndicator())).statusCode).toBe(403);
  });
});

describe('the office edits an indicator', () => {
  it('with the version it saw; a stale version is a 409 and changes nothing', async () => {
    const { id } = await createIndicator();
    const edited = await hq.patch(`/api/indicators/${id}`, { version: 1, target: '0.45', yearlyTargets: [{ year: 2023, value: '0.49' }] });
    expect(edited.statusCode).toBe(200);
    expect(edited.json().indicator).toMatchObject({ target: { value: '0.45' }, yearlyTargets: [{ year: 2023, value: '0.49' }], version: 2 });
    const stale = await hq.patch(`/api/indicators/${id}`, { version: 1, target: '0.40' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'STALE_VERSION', details: { currentVersion: 2 } });
    expect((await hq.get(`/api/indicators/${id}`)).json().indicator).toMatchObject({ target: { value: '0.45' }, version: 2 });
  });

  it('a department manager cannot edit its own indicator’s targets', async () => {
    const { id } = await createIndicator();
    expect((await manager.patch(`/api/indicators/${id}`, { version: 1, target: '0.1' })).statusCode).toBe(403);
  });
});

describe('the office retires an indicator', () => {
  it('a retired indicator leaves the list and the dashboard but stays readable by id, with a filter to show it', async () => {
    const { id } = await createIndicator();
    const dashboardTotal = async () => (await hq.get('/api/dashboard/summary?asOf=2023Q2')).json().indicators.total as number;
    const totalBefore = await dashboardTotal();

    const retired = await hq.post(`/api/indicators/${id}/retire`, { version: 1 });
    expect(retired.statusCode, retired.body).toBe(200);
    expect(retired.json().indicator.retiredAt).toEqual(expect.any(String));

    expect(idsOf((await hq.get('/api/indicators?pageSize=200')).json().indicators)).not.toContain(id);
    expect(await dashboardTotal()).toBe(totalBefore - 1);
    const { itemId } = (await hq.get(`/api/indicators/${id}`)).json().indicator;
    expect(idsOf((await hq.get('/api/items?ledger=key_indicators&pageSize=200')).json().items)).not.toContain(itemId);
    expect((await hq.get(`/api/items/${itemId}`)).statusCode).toBe(200);
    expect(idsOf((await hq.get('/api/indicators?retired=only')).json().indicators)).toEqual([id]);
    expect(idsOf((await hq.get('/api/indicators?retired=include&pageSize=200')).json().indicators)).toContain(id);
    const audit = await t.db
      .selectFrom('auditLog')
      .select('action')
      .where('entityType', '=', 'indicator')
      .where('entityId', '=', String(id))
      .orderBy('id')
      .execute();
    expect(audit.map((row) => row.action)).toEqual(['indicator.create', 'indicator.retire']);
  });

  it('a stale version is a 409; retiring twice is refused; reinstating brings it back', async () => {
    const { id } = await createIndicator();
    expect((await hq.post(`/api/indicators/${id}/retire`, { version: 7 })).statusCode).toBe(409);
    expect((await hq.get(`/api/indicators/${id}`)).json().indicator.retiredAt).toBeNull();
    expect((await hq.post(`/api/indicators/${id}/retire`, { version: 1 })).statusCode).toBe(200);
    expect((await hq.post(`/api/indicators/${id}/retire`, { version: 2 })).json().error.code).toBe('INVALID_STATE');
    const reinstated = await hq.post(`/api/indicators/${id}/reinstate`, { version: 2 });
    expect(reinstated.json().indicator).toMatchObject({ retiredAt: null, version: 3 });
    expect(idsOf((await hq.get('/api/indicators?pageSize=200')).json().indicators)).toContain(id);
  });

  it('only the office retires: a department manager is refused and the indicator stays in use', async () => {
    const { id } = await createIndicator();
    expect((await manager.post(`/api/indicators/${id}/retire`, { version: 1 })).statusCode).toBe(403);
    expect((await hq.get(`/api/indicators/${id}`)).json().indicator.retiredAt).toBeNull();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSampleData } from '../src/seed/ensure-sample-data.js';
import { samplePlan } from '../src/seed/load-sample-plan.js';
import type { Session, TestApp } from './support/test-app.js';
import { createTestApp, loginAs } from './support/test-app.js';

const PASSWORD = 'Sample-accounts-1';
let t: TestApp;
let hq: Session;

beforeAll(async () => {
  t = await createTestApp();
  await ensureSampleData(t.db, PASSWORD);
  hq = await loginAs(t.app, 'hq', PASSWORD);
});
afterAll(async () => t.close());

describe('the sample plan loaded on first start', () => {
  it('is loaded once: a second start changes nothing', async () => {
    expect(await ensureSampleData(t.db, PASSWORD)).toEqual({ isSeeded: false });
    const plans = await t.db.selectFrom('plans').select(['isSample', 'sampleNotice']).execute();
    expect(plans).toHaveLength(1);
    expect(plans[0]).toMatchObject({ isSample: 1 });
    expect(plans[0]!.sampleNotice).toContain('示例数据');
  });

  it('has the ten key areas and the five ledgers with the items the data names', async () => {
    const areas = await t.db.selectFrom('areas').select('numeral').orderBy('sortOrder').execute();
    expect(areas.map((a) => a.numeral)).toEqual(['一', '二', '三', '四', '五', '六', '七', '八', '九', '十']);
    const ledgers = (await hq.get('/api/ledgers')).json().ledgers as { kind: string; itemCount: number; plannedCount: number }[];
    expect(ledgers.map((l) => l.kind)).toEqual(['master', 'province_key_tasks', 'key_indicators', 'pilots', 'innovations']);
    for (const kind of ['master', 'province_key_tasks', 'pilots', 'innovations']) {
      const expected = samplePlan.items.filter((item) => item.ledgers.includes(kind)).length;
      expect(ledgers.find((l) => l.kind === kind)?.itemCount).toBe(expected);
    }
    expect(ledgers.find((l) => l.kind === 'key_indicators')?.itemCount).toBe(samplePlan.indicators.length);
    expect(ledgers.find((l) => l.kind === 'master')?.plannedCount).toBe(168);
  });

  it('has every indicator with its unit, direction, baseline and targets as the data gives them', async () => {
    const body = (await hq.get('/api/indicators?pageSize=200')).json();
    expect(body.total).toBe(samplePlan.indicators.length);
    for (const source of samplePlan.indicators) {
      const indicator = body.indicators.find((i: { code: string }) => i.code === source.code);
      expect(indicator, source.code).toMatchObject({ name: source.name, unit: source.unit, direction: source.direction });
      expect(indicator.target.value).toBe(source.target2025 === null ? null : String(source.target2025));
      expect(indicator.provinceTarget).toBe(source.provinceTarget2025 === null ? null : String(source.provinceTarget2025));
      expect(indicator.baseline?.value ?? null).toBe(source.baseline ? String(source.baseline.value) : null);
    }
  });

  it('names the lead department the data names, and shows the gap where it names none', async () => {
    const items = (await hq.get('/api/items?pageSize=200&ledger=master')).json().items as {
      code: string;
      responsibility: { leadDepartment: { shortName: string } | null; leader: unknown; gapsZh: string | null };
    }[];
    for (const source of samplePlan.items.filter((item) => item.ledgers.includes('master'))) {
      const item = items.find((i) => i.code === source.code)!;
      if (source.leadDepartment === null) expect(item.responsibility.leadDepartment, source.code).toBeNull();
      else expect(item.responsibility.leadDepartment?.shortName, source.code).toBe(source.leadDepartment);
      // No public source names the responsible leaders: never invented, always flagged.
      expect(item.responsibility.leader).toBeNull();
      expect(item.responsibility.gapsZh).toContain('责任链不完整');
    }
  });

  it('marks every item as sample data and carries no progress figures', async () => {
    const items = (await hq.get('/api/items?pageSize=200')).json().items as { isSample: boolean }[];
    expect(items.every((item) => item.isSample)).toBe(true);
    expect(await t.db.selectFrom('indicatorValues').selectAll().execute()).toHaveLength(0);
    expect(await t.db.selectFrom('quarterlyPlans').selectAll().execute()).toHaveLength(0);
  });

  it('has one sample account per role, the department ones in 市科技局, all sharing the given password', async () => {
    const manager = await loginAs(t.app, 'kjj_manager', PASSWORD);
    const me = (await manager.get('/api/auth/me')).json().user;
    expect(me).toMatchObject({ role: 'dept_manager', department: { shortName: '市科技局' } });
    const roles = (await t.db.selectFrom('users').select('role').execute()).map((u) => u.role).sort();
    expect(roles).toEqual(['auditor', 'dept_manager', 'dept_staff', 'hq', 'leader', 'secadmin', 'sysadmin']);
  });
});

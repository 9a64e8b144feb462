import { afterEach, describe, expect, it } from 'vitest';
import type { Db } from '../src/db/database.js';
import { AlreadyGeneratedError, generateProvince } from '../src/generate/generate-province.js';
import type { TestApp } from './support/test-app.js';
import { createTestApp, loginAs } from './support/test-app.js';

/** `plantrack generate`: the same seed makes the same province, marked as demonstration data. */
const PASSWORD = 'Generate-passw0rd!';
const apps: TestApp[] = [];

afterEach(async () => {
  await Promise.all(apps.splice(0).map((app) => app.close()));
});

async function generated(seed: string) {
  const t = await createTestApp();
  apps.push(t);
  const summary = await generateProvince(t.db, { cities: 2, scale: 0.05, seed, password: PASSWORD });
  return { t, summary };
}

async function fingerprint(db: Db) {
  const items = await db.selectFrom('items').select(['code', 'title', 'leadDepartmentId', 'deadline']).orderBy('id').execute();
  const reports = await db.selectFrom('progressReports').select(['period', 'state', 'completionBp']).orderBy('id').execute();
  const values = await db.selectFrom('indicatorValues').select(['period', 'value', 'provincialRank', 'state']).orderBy('id').execute();
  return JSON.stringify({ items, reports, values });
}

describe('plantrack generate', () => {
  it('makes the same data from the same seed, and other data from another', async () => {
    const [a, b, c] = await Promise.all([generated('7'), generated('7'), generated('8')]);
    expect(await fingerprint(a.t.db)).toBe(await fingerprint(b.t.db));
    expect(await fingerprint(a.t.db)).not.toBe(await fingerprint(c.t.db));
    expect(a.summary.rows.items).toBeGreaterThan(2 * 56);
    expect(a.summary.rows.progressReports).toBeGreaterThan(a.summary.rows.items * 10);
  });

  it('marks every plan as generated demonstration data, with reports in every state', async () => {
    const { t, summary } = await generated('42');
    const plans = await t.db.selectFrom('plans').select(['isSample', 'sampleNotice']).execute();
    expect(plans).toHaveLength(2);
    for (const plan of plans) {
      expect(plan.isSample).toBe(1);
      expect(plan.sampleNotice).toContain('演示数据（生成）');
    }
    const states = await t.db.selectFrom('progressReports').select('state').distinct().execute();
    expect(states.map((row) => row.state).sort()).toEqual(['approved', 'draft', 'returned', 'submitted']);
    const hq = await loginAs(t.app, `${summary.cities[0]!.userPrefix}_hq`, PASSWORD);
    // The screens call it 演示数据（生成）, never 示例数据 (the sample plan's public facts).
    expect((await hq.get('/api/plan')).json().plan).toMatchObject({ isSample: true, sampleKind: 'generated' });
    const list = (await hq.get('/api/items?pageSize=5')).json();
    expect(list.total).toBe(summary.rows.items / 2);
    await expect(generateProvince(t.db, { cities: 1, scale: 0.05, seed: '42', password: PASSWORD })).rejects.toThrow(AlreadyGeneratedError);
  });
});

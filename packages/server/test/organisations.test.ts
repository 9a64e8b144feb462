import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanFixture } from './support/factories.js';
import { buildChildOrganisation, buildPlan, buildUser, TEST_PASSWORD } from './support/factories.js';
import type { TestApp } from './support/test-app.js';
import { createTestApp, loginAs } from './support/test-app.js';

let t: TestApp;
let plan: PlanFixture;
let elsewhere: PlanFixture;

beforeAll(async () => {
  t = await createTestApp();
  plan = await buildPlan(t.db);
  elsewhere = await buildPlan(t.db);
  await buildChildOrganisation(t.db, plan, { name: '环翠区' });
  await buildChildOrganisation(t.db, elsewhere, { name: '别处区' });
});
afterAll(async () => t.close());

describe('the organisation tree', () => {
  it("the caller sees their own organisation and its districts, nothing of another organisation's", async () => {
    const staff = await loginAs(t.app, (await buildUser(t.db, plan, 'dept_staff')).username, TEST_PASSWORD);
    const response = await staff.get('/api/organisations');
    expect(response.statusCode).toBe(200);
    expect(response.json().organisation).toMatchObject({ id: plan.organisationId, level: 'city' });
    expect(response.json().children).toEqual([expect.objectContaining({ name: '环翠区', level: 'district', parentId: plan.organisationId })]);
    const foreign = await loginAs(t.app, (await buildUser(t.db, elsewhere, 'sysadmin')).username, TEST_PASSWORD);
    expect((await foreign.get('/api/organisations')).json().children.map((c: { name: string }) => c.name)).toEqual(['别处区']);
  });

  it('the security administrator and the auditor may not read it (403)', async () => {
    for (const role of ['secadmin', 'auditor'] as const) {
      const session = await loginAs(t.app, (await buildUser(t.db, plan, role)).username, TEST_PASSWORD);
      expect((await session.get('/api/organisations')).statusCode, role).toBe(403);
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanFixture } from './support/factories.js';
import { buildDepartment, buildPlan, buildUser, TEST_PASSWORD } from './support/factories.js';
import type { Session, TestApp } from './support/test-app.js';
import { createTestApp, loginAs } from './support/test-app.js';

let t: TestApp;
let plan: PlanFixture;
let elsewhere: PlanFixture;
let hq: Session;
let manager: Session;

beforeAll(async () => {
  t = await createTestApp();
  plan = await buildPlan(t.db);
  elsewhere = await buildPlan(t.db);
  hq = await loginAs(t.app, (await buildUser(t.db, plan, 'hq')).username, TEST_PASSWORD);
  manager = await loginAs(t.app, (await buildUser(t.db, plan, 'dept_manager', (await buildDepartment(t.db, plan)).id)).username, TEST_PASSWORD);
});
afterAll(async () => t.close());

const ledgerRow = (id: number) => t.db.selectFrom('ledgers').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

describe('editing a ledger', () => {
  it("the office renames a ledger and sets its planned size; only its own plan's ledger changes, and the audit log keeps it", async () => {
    const response = await hq.patch('/api/ledgers/master', { version: 1, name: '落实省行动计划工作台账', shortName: '总台账', plannedCount: 168 });
    expect(response.statusCode).toBe(200);
    expect(response.json().ledger).toMatchObject({ kind: 'master', shortName: '总台账', plannedCount: 168, itemCount: 0, version: 2 });
    expect(await ledgerRow(elsewhere.ledgerIds.master)).toMatchObject({ shortName: 'master', version: 1 });
    const audit = await t.db
      .selectFrom('auditLog')
      .selectAll()
      .where('entityType', '=', 'ledger')
      .where('entityId', '=', String(plan.ledgerIds.master))
      .executeTakeFirstOrThrow();
    expect(audit.action).toBe('ledger.update');
    expect(JSON.parse(audit.before!)).toMatchObject({ shortName: 'master', plannedCount: null });
    expect(JSON.parse(audit.after!)).toMatchObject({ shortName: '总台账', plannedCount: 168 });
  });

  it('departments may not edit ledgers (403)', async () => {
    expect((await manager.patch('/api/ledgers/pilots', { version: 1, name: '篡改' })).statusCode).toBe(403);
    expect((await ledgerRow(plan.ledgerIds.pilots)).version).toBe(1);
  });

  it('a stale version gets 409 and changes nothing', async () => {
    const stale = await hq.patch('/api/ledgers/master', { version: 1, shortName: '旧版本' });
    expect(stale.statusCode).toBe(409);
    expect((await ledgerRow(plan.ledgerIds.master)).shortName).toBe('总台账');
  });

  it('an unknown ledger kind, a negative size or an unknown field is a 400 naming the field', async () => {
    expect((await hq.patch('/api/ledgers/secret', { version: 1, name: 'x' })).json().error.details.fields[0].field).toBe('params.kind');
    expect((await hq.patch('/api/ledgers/pilots', { version: 1, plannedCount: -1 })).json().error.details.fields[0].field).toBe('body.plannedCount');
    expect((await hq.patch('/api/ledgers/pilots', { version: 1, kind: 'master' })).statusCode).toBe(400);
  });
});

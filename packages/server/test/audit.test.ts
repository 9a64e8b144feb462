import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../src/auth/roles.js';
import { buildDepartment, buildPlan, buildUser, TEST_PASSWORD } from './support/factories.js';
import type { Session, TestApp } from './support/test-app.js';
import { createTestApp, loginAs } from './support/test-app.js';

let t: TestApp;
let departmentId: number;
let hqUserId: number;
const as = {} as Record<Role | 'foreignHq', Session>;

beforeAll(async () => {
  t = await createTestApp();
  const plan = await buildPlan(t.db);
  const elsewhere = await buildPlan(t.db);
  departmentId = (await buildDepartment(t.db, plan)).id;
  for (const role of ['hq', 'sysadmin', 'secadmin', 'auditor'] as const) {
    const user = await buildUser(t.db, plan, role);
    if (role === 'hq') hqUserId = user.id;
    as[role] = await loginAs(t.app, user.username, TEST_PASSWORD);
  }
  as.foreignHq = await loginAs(t.app, (await buildUser(t.db, elsewhere, 'hq')).username, TEST_PASSWORD);
  // Two changes to read back, and one in another organisation that must stay invisible.
  await as.hq.patch(`/api/departments/${departmentId}`, { version: 1, note: '第一次' });
  await as.hq.patch(`/api/departments/${departmentId}`, { version: 2, note: '第二次' });
  await as.foreignHq.patch('/api/plan', { version: 1, title: '别处的计划' });
});
afterAll(async () => t.close());

type Entry = { action: string; entityType: string; entityId: string; username: string; before: { note?: string } | null; after: { note?: string } | null };

describe('reading the audit log', () => {
  it('the auditor reads the log, newest first, with before and after as values', async () => {
    const response = await as.auditor.get(`/api/audit?entityType=department&entityId=${departmentId}`);
    expect(response.statusCode).toBe(200);
    const entries = response.json().entries as Entry[];
    expect(entries.map((e) => e.action)).toEqual(['department.update', 'department.update']);
    expect(entries[0]).toMatchObject({ before: { note: '第一次' }, after: { note: '第二次' }, username: expect.stringMatching(/^hq_/) });
    expect(response.json()).toMatchObject({ total: 2, page: 1, pageSize: 50 });
  });

  it('names each object as people know it: a department by its name, a user by login name', async () => {
    const departments = (await as.auditor.get(`/api/audit?entityType=department&entityId=${departmentId}`)).json().entries;
    const name = (await t.db.selectFrom('departments').select('name').where('id', '=', departmentId).executeTakeFirstOrThrow()).name;
    expect(departments[0]).toMatchObject({ entityId: String(departmentId), entityLabel: name });
    const logins = (await as.auditor.get(`/api/audit?action=auth.login&userId=${hqUserId}`)).json().entries as {
      entityType: string;
      entityLabel: string | null;
    }[];
    const hqName = (await t.db.selectFrom('users').select('username').where('id', '=', hqUserId).executeTakeFirstOrThrow()).username;
    const aboutUsers = logins.filter((entry) => entry.entityType === 'user');
    expect(aboutUsers.length).toBeGreaterThan(0);
    expect(aboutUsers.every((entry) => entry.entityLabel === hqName)).toBe(true);
  });

  it('filters by user and action, and pages', async () => {
    const byUser = (await as.auditor.get(`/api/audit?userId=${hqUserId}&action=department.update&pageSize=1&page=2`)).json();
    expect(byUser).toMatchObject({ total: 2, page: 2, pageSize: 1 });
    expect(byUser.entries[0].after).toMatchObject({ note: '第一次' });
    expect((await as.auditor.get('/api/audit?action=auth.login')).json().total).toBeGreaterThanOrEqual(4);
  });

  it("another organisation's entries are not shown", async () => {
    expect((await as.auditor.get('/api/audit?entityType=plan')).json().entries).toEqual([]);
  });

  it('the office, the system and the security administrators may not read it (403), and the attempt is itself audited', async () => {
    for (const role of ['hq', 'sysadmin', 'secadmin'] as const) {
      const response = await as[role].get('/api/audit');
      expect(response.statusCode, role).toBe(403);
    }
    const denied = (await as.auditor.get(`/api/audit?action=access.denied&entityId=${encodeURIComponent('GET /api/audit')}`)).json();
    expect(denied.total).toBe(3);
  });

  it('no route changes or deletes audit rows', async () => {
    const [row] = await t.db.selectFrom('auditLog').select('id').limit(1).execute();
    const before = await t.db
      .selectFrom('auditLog')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    for (const method of ['DELETE', 'PATCH', 'PUT'] as const) {
      for (const url of ['/api/audit', `/api/audit/${row!.id}`]) {
        const response = await t.app.inject({ method, url, headers: { cookie: as.auditor.cookie, 'x-csrf-token': as.auditor.csrfToken }, payload: {} });
        expect(response.statusCode, `${method} ${url}`).toBe(404);
      }
    }
    const after = await t.db
      .selectFrom('auditLog')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('an invalid filter is a 400 naming the field', async () => {
    expect((await as.auditor.get('/api/audit?userId=abc')).json().error.details.fields[0].field).toBe('querystring.userId');
    expect((await as.auditor.get('/api/audit?sort=at')).statusCode).toBe(400);
  });
});

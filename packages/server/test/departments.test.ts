import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../src/auth/roles.js';
import type { PlanFixture } from './support/factories.js';
import { buildDepartment, buildItem, buildPerson, buildPlan, buildSection, buildUser, TEST_PASSWORD } from './support/factories.js';
import type { Session, TestApp } from './support/test-app.js';
import { createTestApp, loginAs } from './support/test-app.js';

let t: TestApp;
let plan: PlanFixture;
let ids: { own: number; other: number; foreign: number };
const as = {} as Record<Role | 'foreignHq', Session>;

beforeAll(async () => {
  t = await createTestApp();
  plan = await buildPlan(t.db);
  const own = await buildDepartment(t.db, plan, { name: '测试市发展和改革委员会', shortName: '市发展改革委', aliases: ['市发改委'] });
  const other = await buildDepartment(t.db, plan, { name: '测试市统计局', shortName: '市统计局' });
  await buildSection(t.db, own.id, { name: '综合科' });
  const elsewhere = await buildPlan(t.db);
  const foreign = await buildDepartment(t.db, elsewhere);
  ids = { own: own.id, other: other.id, foreign: foreign.id };
  for (const role of ['hq', 'leader', 'dept_manager', 'dept_staff', 'sysadmin', 'secadmin', 'auditor'] as const) {
    const user = await buildUser(t.db, plan, role, role.startsWith('dept_') ? own.id : null);
    as[role] = await loginAs(t.app, user.username, TEST_PASSWORD);
  }
  as.foreignHq = await loginAs(t.app, (await buildUser(t.db, elsewhere, 'hq')).username, TEST_PASSWORD);
});
afterAll(async () => t.close());

type DepartmentBody = { id: number; name: string; shortName: string; aliases: { id: number; alias: string }[]; sectionCount: number; version: number };
const department = async (id: number): Promise<DepartmentBody> => (await as.hq.get(`/api/departments/${id}`)).json().department;
const auditOf = (id: number) =>
  t.db.selectFrom('auditLog').selectAll().where('entityType', '=', 'department').where('entityId', '=', String(id)).orderBy('id').execute();

describe('reading departments', () => {
  it('every directory reader lists the departments with their aliases and section counts', async () => {
    for (const role of ['hq', 'leader', 'dept_manager', 'dept_staff', 'sysadmin'] as const) {
      const response = await as[role].get('/api/departments');
      expect(response.statusCode, role).toBe(200);
      const departments = response.json().departments as DepartmentBody[];
      expect(departments.find((d) => d.id === ids.own)).toMatchObject({ shortName: '市发展改革委', aliases: [{ alias: '市发改委' }], sectionCount: 1 });
      expect(departments.some((d) => d.id === ids.foreign)).toBe(false);
    }
  });

  it('the security administrator and the auditor may not read the directory (403)', async () => {
    expect((await as.secadmin.get('/api/departments')).statusCode).toBe(403);
    expect((await as.auditor.get(`/api/departments/${ids.own}`)).statusCode).toBe(403);
  });

  it("another organisation's department is a 404", async () => {
    const response = await as.hq.get(`/api/departments/${ids.foreign}`);
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('NOT_FOUND');
  });
});

describe('editing departments', () => {
  it('the office creates a department with names normalised and aliases kept; the audit log records it', async () => {
    const response = await as.hq.post('/api/departments', { name: ' 测试市 大数据局 ', shortName: '市大数据局', aliases: ['市 数据局'], note: '' });
    expect(response.statusCode).toBe(201);
    const created = response.json().department;
    expect(created).toMatchObject({ name: '测试市大数据局', kind: 'department', note: null, aliases: [{ alias: '市数据局' }], sectionCount: 0, version: 1 });
    const [audit] = await auditOf(created.id);
    expect(audit).toMatchObject({ action: 'department.create', before: null });
    expect(JSON.parse(audit!.after!).name).toBe('测试市大数据局');
  });

  it('the system administrator creates departments too', async () => {
    expect((await as.sysadmin.post('/api/departments', { name: '测试市信访局', shortName: '市信访局', kind: 'office' })).statusCode).toBe(201);
  });

  it('leaders and departments may not create or edit departments (403)', async () => {
    for (const role of ['leader', 'dept_manager', 'dept_staff', 'secadmin', 'auditor'] as const) {
      expect((await as[role].post('/api/departments', { name: '测试市某局', shortName: '市某局' })).statusCode, role).toBe(403);
      expect((await as[role].patch(`/api/departments/${ids.own}`, { version: 1, note: '篡改' })).statusCode, role).toBe(403);
    }
    expect((await department(ids.own)).version).toBe(1);
  });

  it('a name another department already answers to (name, short name or alias) is a 409', async () => {
    const response = await as.hq.post('/api/departments', { name: '测试市发改委新', shortName: '市发改委' });
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({ code: 'DUPLICATE', details: { field: 'shortName', departmentId: ids.own } });
    const rename = await as.hq.patch(`/api/departments/${ids.other}`, { version: 1, name: '测试市发展和改革委员会' });
    expect(rename.statusCode).toBe(409);
  });

  it('the office renames a department; the audit log keeps before and after', async () => {
    const before = await department(ids.other);
    const response = await as.hq.patch(`/api/departments/${ids.other}`, { version: before.version, name: '测试市统计局(更名)' });
    expect(response.statusCode).toBe(200);
    expect(response.json().department).toMatchObject({ name: '测试市统计局(更名)', version: before.version + 1 });
    const audit = (await auditOf(ids.other)).find((row) => row.action === 'department.update')!;
    expect(JSON.parse(audit.before!).name).toBe('测试市统计局');
    expect(JSON.parse(audit.after!).name).toBe('测试市统计局(更名)');
  });

  it('a stale version gets 409 and changes nothing', async () => {
    const current = await department(ids.own);
    expect((await as.hq.patch(`/api/departments/${ids.own}`, { version: current.version, note: '第一次' })).statusCode).toBe(200);
    const stale = await as.sysadmin.patch(`/api/departments/${ids.own}`, { version: current.version, note: '第二次' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'STALE_VERSION', details: { currentVersion: current.version + 1 } });
    expect((await as.hq.get(`/api/departments/${ids.own}`)).json().department.note).toBe('第一次');
  });

  it('invalid input gets 400 naming the field; unknown fields are refused', async () => {
    const response = await as.hq.patch(`/api/departments/${ids.own}`, { version: 1, kind: 'ministry' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.fields[0].field).toBe('body.kind');
    expect((await as.hq.patch(`/api/departments/${ids.own}`, { version: 1, organisationId: 1 })).statusCode).toBe(400);
    expect((await as.hq.post('/api/departments', { name: '测试市空局' })).json().error.details.fields[0].field).toBe('body.shortName');
  });

  it("another organisation's department cannot be edited (404)", async () => {
    expect((await as.hq.patch(`/api/departments/${ids.foreign}`, { version: 1, note: '越权' })).statusCode).toBe(404);
  });
});

describe('department aliases', () => {
  it('an alias the office adds finds the department wherever departments are looked up by name', async () => {
    const person = await buildPerson(t.db, plan, { kind: 'staff', departmentId: ids.other });
    const item = await buildItem(t.db, plan, { leadDepartmentId: ids.other });
    const added = await as.hq.post(`/api/departments/${ids.other}/aliases`, { alias: '市 统计 局（别称）' });
    expect(added.statusCode).toBe(201);
    // Stored folded (no spaces, full-width brackets as ASCII), so however people type it, it is found.
    expect(added.json().department.aliases).toEqual([expect.objectContaining({ alias: '市统计局(别称)' })]);
    const byAlias = encodeURIComponent('市统计局（别称）');
    expect((await as.leader.get(`/api/people?department=${byAlias}`)).json().people.map((p: { id: number }) => p.id)).toEqual([person.id]);
    expect((await as.hq.get(`/api/items?department=${byAlias}`)).json().items.map((i: { id: number }) => i.id)).toEqual([item.id]);
    expect((await auditOf(ids.other)).some((row) => row.action === 'department.alias_add')).toBe(true);
  });

  it('an alias already used in the organisation is a 409 and nothing is added', async () => {
    const response = await as.hq.post(`/api/departments/${ids.other}/aliases`, { alias: '市发改委' });
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({ code: 'DUPLICATE', details: { field: 'alias' } });
    expect((await department(ids.other)).aliases.map((a) => a.alias)).toEqual(['市统计局(别称)']);
  });

  it('another organisation may use the same alias for its own department', async () => {
    expect((await as.foreignHq.post(`/api/departments/${ids.foreign}/aliases`, { alias: '市发改委' })).statusCode).toBe(201);
  });

  it("removing an alias: the name no longer finds the department, and another department's alias is a 404", async () => {
    const [alias] = (await department(ids.other)).aliases;
    const [ownAlias] = (await department(ids.own)).aliases;
    expect((await as.hq.delete(`/api/departments/${ids.other}/aliases/${ownAlias!.id}`)).statusCode).toBe(404);
    expect((await as.sysadmin.delete(`/api/departments/${ids.other}/aliases/${alias!.id}`)).statusCode).toBe(204);
    expect((await as.hq.get(`/api/people?department=${encodeURIComponent(alias!.alias)}`)).statusCode).toBe(400);
    expect((await department(ids.own)).aliases).toHaveLength(1);
    const audit = (await auditOf(ids.other)).find((row) => row.action === 'department.alias_delete')!;
    expect(JSON.parse(audit.before!).aliases).toHaveLength(1);
    expect(JSON.parse(audit.after!).aliases).toHaveLength(0);
  });

  it('departments and leaders may not add or remove aliases (403)', async () => {
    const [alias] = (await department(ids.own)).aliases;
    expect((await as.dept_manager.post(`/api/departments/${ids.own}/aliases`, { alias: '市发改' })).statusCode).toBe(403);
    expect((await as.leader.delete(`/api/departments/${ids.own}/aliases/${alias!.id}`)).statusCode).toBe(403);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../src/auth/roles.js';
import { buildDepartment, buildPlan, buildSection, buildUser, TEST_PASSWORD } from './support/factories.js';
import type { Session, TestApp } from './support/test-app.js';
import { createTestApp, loginAs } from './support/test-app.js';

let t: TestApp;
let ids: { ownDept: number; otherDept: number; foreignDept: number; ownSection: number; otherSection: number; foreignSection: number };
const as = {} as Record<Role, Session>;

beforeAll(async () => {
  t = await createTestApp();
  const plan = await buildPlan(t.db);
  const ownDept = await buildDepartment(t.db, plan);
  const otherDept = await buildDepartment(t.db, plan);
  const elsewhere = await buildPlan(t.db);
  const foreignDept = await buildDepartment(t.db, elsewhere);
  ids = {
    ownDept: ownDept.id,
    otherDept: otherDept.id,
    foreignDept: foreignDept.id,
    ownSection: (await buildSection(t.db, ownDept.id, { name: '规划科' })).id,
    otherSection: (await buildSection(t.db, otherDept.id, { name: '统计科' })).id,
    foreignSection: (await buildSection(t.db, foreignDept.id)).id,
  };
  for (const role of ['hq', 'leader', 'dept_manager', 'dept_staff', 'sysadmin', 'secadmin', 'auditor'] as const) {
    const user = await buildUser(t.db, plan, role, role.startsWith('dept_') ? ownDept.id : null);
    as[role] = await loginAs(t.app, user.username, TEST_PASSWORD);
  }
});
afterAll(async () => t.close());

const sectionNames = async (departmentId: number) =>
  ((await as.hq.get(`/api/departments/${departmentId}/sections`)).json().sections as { name: string }[]).map((s) => s.name);
const auditOf = (id: number) => t.db.selectFrom('auditLog').selectAll().where('entityType', '=', 'section').where('entityId', '=', String(id)).execute();

describe('reading sections', () => {
  it("directory readers list any department's sections; a department head is told which they may edit", async () => {
    const own = await as.dept_staff.get(`/api/departments/${ids.ownDept}/sections`);
    expect(own.statusCode).toBe(200);
    expect(own.json().sections).toEqual([expect.objectContaining({ name: '规划科', policies: { canEdit: false } })]);
    const other = (await as.dept_manager.get(`/api/departments/${ids.otherDept}/sections`)).json().sections;
    expect(other).toEqual([expect.objectContaining({ name: '统计科', policies: { canEdit: false } })]);
    expect((await as.dept_manager.get(`/api/departments/${ids.ownDept}/sections`)).json().sections[0].policies.canEdit).toBe(true);
    expect((await as.sysadmin.get(`/api/departments/${ids.otherDept}/sections`)).statusCode).toBe(200);
  });

  it("another organisation's department is a 404; the auditor may not read sections (403)", async () => {
    expect((await as.hq.get(`/api/departments/${ids.foreignDept}/sections`)).statusCode).toBe(404);
    expect((await as.auditor.get(`/api/departments/${ids.ownDept}/sections`)).statusCode).toBe(403);
  });
});

describe('editing sections', () => {
  it('the office and the system administrator add sections to any department; the audit log records it', async () => {
    const created = await as.hq.post(`/api/departments/${ids.otherDept}/sections`, { name: '法规科' });
    expect(created.statusCode).toBe(201);
    expect(created.json().section).toMatchObject({ departmentId: ids.otherDept, name: '法规科', version: 1 });
    expect((await auditOf(created.json().section.id))[0]).toMatchObject({ action: 'section.create', before: null });
    expect((await as.sysadmin.post(`/api/departments/${ids.otherDept}/sections`, { name: '办公室' })).statusCode).toBe(201);
  });

  it('a department head adds and renames sections of their own department', async () => {
    const created = await as.dept_manager.post(`/api/departments/${ids.ownDept}/sections`, { name: '科技合作科' });
    expect(created.statusCode).toBe(201);
    const renamed = await as.dept_manager.patch(`/api/sections/${created.json().section.id}`, { version: 1, name: '对外合作科' });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json().section).toMatchObject({ name: '对外合作科', version: 2 });
    const update = (await auditOf(created.json().section.id)).find((row) => row.action === 'section.update')!;
    expect(JSON.parse(update.before!).name).toBe('科技合作科');
    expect(JSON.parse(update.after!).name).toBe('对外合作科');
  });

  it("a department head gets 404 for another department's sections, and nothing changes", async () => {
    const add = await as.dept_manager.post(`/api/departments/${ids.otherDept}/sections`, { name: '越权科' });
    expect(add.statusCode).toBe(404);
    expect(add.json().error.code).toBe('NOT_FOUND');
    expect((await as.dept_manager.patch(`/api/sections/${ids.otherSection}`, { version: 1, name: '篡改' })).statusCode).toBe(404);
    expect(await sectionNames(ids.otherDept)).not.toContain('越权科');
    expect(await sectionNames(ids.otherDept)).toContain('统计科');
  });

  it('staff, leaders and the security administrator may not add or edit sections (403)', async () => {
    for (const role of ['dept_staff', 'leader', 'secadmin', 'auditor'] as const) {
      expect((await as[role].post(`/api/departments/${ids.ownDept}/sections`, { name: '新科' })).statusCode, role).toBe(403);
      expect((await as[role].patch(`/api/sections/${ids.ownSection}`, { version: 1, name: '新科' })).statusCode, role).toBe(403);
    }
  });

  it('a name already used in the department is a 409; another department may use it', async () => {
    const duplicate = await as.hq.post(`/api/departments/${ids.ownDept}/sections`, { name: '规划科' });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().error).toMatchObject({ code: 'DUPLICATE', details: { field: 'name' } });
    expect((await as.hq.post(`/api/departments/${ids.otherDept}/sections`, { name: '规划科' })).statusCode).toBe(201);
  });

  it('a stale version gets 409 and changes nothing', async () => {
    expect((await as.hq.patch(`/api/sections/${ids.ownSection}`, { version: 1, name: '发展规划科' })).statusCode).toBe(200);
    const stale = await as.dept_manager.patch(`/api/sections/${ids.ownSection}`, { version: 1, name: '综合规划科' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('STALE_VERSION');
    expect(await sectionNames(ids.ownDept)).toContain('发展规划科');
  });

  it('invalid input gets 400 naming the field; unknown fields are refused', async () => {
    const empty = await as.hq.post(`/api/departments/${ids.ownDept}/sections`, { name: '  ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.details.fields[0].field).toBe('body.name');
    expect((await as.hq.patch(`/api/sections/${ids.ownSection}`, { version: 2, departmentId: ids.otherDept })).statusCode).toBe(400);
  });

  it("another organisation's department or section is a 404 even for the office", async () => {
    expect((await as.hq.post(`/api/departments/${ids.foreignDept}/sections`, { name: '越权科' })).statusCode).toBe(404);
    expect((await as.hq.patch(`/api/sections/${ids.foreignSection}`, { version: 1, name: '越权科' })).statusCode).toBe(404);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../src/auth/roles.js';
import { decryptField } from '../src/shared/field-crypto.js';
import type { PlanFixture } from './support/factories.js';
import { buildDepartment, buildPerson, buildPlan, buildSection, buildUser, TEST_PASSWORD } from './support/factories.js';
import type { Session, TestApp } from './support/test-app.js';
import { createTestApp, loginAs } from './support/test-app.js';

let t: TestApp;
let plan: PlanFixture;
let ids: {
  ownDept: number;
  otherDept: number;
  ownSection: number;
  otherSection: number;
  leader: number;
  ownStaff: number;
  otherStaff: number;
  foreign: number;
};
const as = {} as Record<Role, Session>;

beforeAll(async () => {
  t = await createTestApp();
  plan = await buildPlan(t.db);
  const ownDept = await buildDepartment(t.db, plan, { shortName: '市科技局', aliases: ['市科学技术局'] });
  const otherDept = await buildDepartment(t.db, plan);
  const elsewhere = await buildPlan(t.db);
  ids = {
    ownDept: ownDept.id,
    otherDept: otherDept.id,
    ownSection: (await buildSection(t.db, ownDept.id)).id,
    otherSection: (await buildSection(t.db, otherDept.id)).id,
    leader: (await buildPerson(t.db, plan, { kind: 'leader', name: '王副市长', phone: '13812345678' })).id,
    ownStaff: (await buildPerson(t.db, plan, { kind: 'staff', name: '李科员', phone: '0631-5287001', departmentId: ownDept.id })).id,
    otherStaff: (await buildPerson(t.db, plan, { kind: 'staff', name: '赵科员', phone: '13900001111', departmentId: otherDept.id })).id,
    foreign: (await buildPerson(t.db, elsewhere, { kind: 'leader' })).id,
  };
  for (const role of ['hq', 'leader', 'dept_manager', 'dept_staff', 'sysadmin', 'auditor'] as const) {
    const user = await buildUser(t.db, plan, role, role.startsWith('dept_') ? ownDept.id : null);
    as[role] = await loginAs(t.app, user.username, TEST_PASSWORD);
  }
});
afterAll(async () => t.close());

type PersonBody = { id: number; name: string; phone: string | null; kind: string; department: { id: number } | null; version: number };
const person = async (id: number): Promise<PersonBody> => (await as.hq.get(`/api/people/${id}`)).json().person;
const namesOf = (body: { people: PersonBody[] }) => body.people.map((p) => p.name);

describe('reading people', () => {
  it('every plan reader lists leaders and staff, phones always masked in the list', async () => {
    for (const role of ['hq', 'leader', 'dept_manager', 'dept_staff'] as const) {
      const response = await as[role].get('/api/people');
      expect(response.statusCode, role).toBe(200);
      expect(namesOf(response.json())).toEqual(['王副市长', '李科员', '赵科员']);
      expect(response.json().people[0].phone).toBe('138****5678');
    }
  });

  it("a person's own page shows the full phone to those who call people", async () => {
    expect((await as.dept_staff.get(`/api/people/${ids.leader}`)).json().person.phone).toBe('13812345678');
    expect((await as.hq.get(`/api/people/${ids.ownStaff}`)).json().person.phone).toBe('0631-5287001');
  });

  it('filters by kind and by department, found by id, name or alias', async () => {
    expect(namesOf((await as.hq.get('/api/people?kind=leader')).json())).toEqual(['王副市长']);
    expect(namesOf((await as.hq.get(`/api/people?kind=staff&department=${encodeURIComponent('市科学技术局')}`)).json())).toEqual(['李科员']);
    expect(namesOf((await as.hq.get(`/api/people?department=${ids.otherDept}`)).json())).toEqual(['赵科员']);
  });

  it('an unknown department or kind in the filter is a 400 naming the field', async () => {
    const unknown = await as.hq.get(`/api/people?department=${encodeURIComponent('市不存在局')}`);
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error).toMatchObject({ code: 'UNKNOWN_REFERENCE', details: { field: 'department' } });
    expect((await as.hq.get('/api/people?kind=boss')).json().error.details.fields[0].field).toBe('querystring.kind');
  });

  it('the IT administrators may not read people (403)', async () => {
    expect((await as.sysadmin.get('/api/people')).statusCode).toBe(403);
    expect((await as.auditor.get(`/api/people/${ids.leader}`)).statusCode).toBe(403);
  });

  it("another organisation's person is a 404", async () => {
    expect((await as.hq.get(`/api/people/${ids.foreign}`)).statusCode).toBe(404);
    expect((await as.hq.patch(`/api/people/${ids.foreign}`, { version: 1, name: '越权' })).statusCode).toBe(404);
  });
});

describe('editing people', () => {
  it('the office adds a leader; the audit log keeps the change, the phone included but encrypted', async () => {
    const response = await as.hq.post('/api/people', { kind: 'leader', name: '陈副市长', title: '副市长', phone: '13700000000' });
    expect(response.statusCode).toBe(201);
    expect(response.json().person).toMatchObject({ kind: 'leader', name: '陈副市长', phone: '13700000000', department: null, version: 1 });
    const audit = await t.db
      .selectFrom('auditLog')
      .selectAll()
      .where('entityType', '=', 'person')
      .where('entityId', '=', String(response.json().person.id))
      .executeTakeFirstOrThrow();
    expect(audit.action).toBe('person.create');
    const after = JSON.parse(audit.after!) as { name: string; phone: string };
    expect(after).toMatchObject({ name: '陈副市长', phone: expect.stringMatching(/^sm4:1:/) });
    expect(decryptField(after.phone)).toBe('13700000000');
  });

  it('a department head adds staff to their own department without naming it', async () => {
    const response = await as.dept_manager.post('/api/people', { kind: 'staff', name: '孙科员', phone: '0631 5287002', sectionId: ids.ownSection });
    expect(response.statusCode).toBe(201);
    expect(response.json().person).toMatchObject({ department: { id: ids.ownDept }, section: { id: ids.ownSection }, policies: { canEdit: true } });
  });

  it('a department head may not add leaders, or staff of another department (403)', async () => {
    expect((await as.dept_manager.post('/api/people', { kind: 'leader', name: '假领导' })).statusCode).toBe(403);
    expect((await as.dept_manager.post('/api/people', { kind: 'staff', name: '外人', departmentId: ids.otherDept })).statusCode).toBe(403);
    expect(namesOf((await as.hq.get('/api/people')).json())).not.toContain('假领导');
  });

  it('a department head edits their own staff; leaders and other departments’ staff are 404 to them, and nothing changes', async () => {
    const own = await person(ids.ownStaff);
    const edited = await as.dept_manager.patch(`/api/people/${ids.ownStaff}`, { version: own.version, phone: '0631-5287009' });
    expect(edited.statusCode).toBe(200);
    expect(edited.json().person.phone).toBe('0631-5287009');
    expect((await as.dept_manager.patch(`/api/people/${ids.otherStaff}`, { version: 1, phone: '110' })).statusCode).toBe(404);
    expect((await as.dept_manager.patch(`/api/people/${ids.leader}`, { version: 1, phone: '110' })).statusCode).toBe(404);
    expect((await person(ids.otherStaff)).phone).toBe('13900001111');
    expect((await person(ids.leader)).phone).toBe('13812345678');
  });

  it('a department head may not move their staff to another department (403)', async () => {
    const own = await person(ids.ownStaff);
    expect((await as.dept_manager.patch(`/api/people/${ids.ownStaff}`, { version: own.version, departmentId: ids.otherDept })).statusCode).toBe(403);
    expect((await person(ids.ownStaff)).department?.id).toBe(ids.ownDept);
  });

  it('staff and leaders may not add or edit people (403)', async () => {
    for (const role of ['dept_staff', 'leader', 'sysadmin'] as const) {
      expect((await as[role].post('/api/people', { kind: 'staff', name: '某人' })).statusCode, role).toBe(403);
      expect((await as[role].patch(`/api/people/${ids.ownStaff}`, { version: 1, name: '某人' })).statusCode, role).toBe(403);
    }
  });

  it('the office moves a person to another department; the old section is left behind', async () => {
    const moved = await buildPerson(t.db, plan, { kind: 'staff', departmentId: ids.ownDept });
    await as.hq.patch(`/api/people/${moved.id}`, { version: 1, sectionId: ids.ownSection });
    const response = await as.hq.patch(`/api/people/${moved.id}`, { version: 2, departmentId: ids.otherDept });
    expect(response.statusCode).toBe(200);
    expect(response.json().person).toMatchObject({ department: { id: ids.otherDept }, section: null });
  });

  it("a section must be one of the person's department's (400 naming the field)", async () => {
    const response = await as.hq.post('/api/people', { kind: 'staff', name: '钱科员', departmentId: ids.ownDept, sectionId: ids.otherSection });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code: 'UNKNOWN_REFERENCE', details: { field: 'sectionId' } });
  });

  it('a stale version gets 409 and changes nothing', async () => {
    const current = await person(ids.otherStaff);
    expect((await as.hq.patch(`/api/people/${ids.otherStaff}`, { version: current.version, title: '一级科员' })).statusCode).toBe(200);
    const stale = await as.hq.patch(`/api/people/${ids.otherStaff}`, { version: current.version, title: '二级科员' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('STALE_VERSION');
    expect((await as.hq.get(`/api/people/${ids.otherStaff}`)).json().person.title).toBe('一级科员');
  });

  it('invalid input gets 400 naming the field; unknown fields are refused', async () => {
    const phone = await as.hq.patch(`/api/people/${ids.leader}`, { version: 1, phone: 'call me' });
    expect(phone.statusCode).toBe(400);
    expect(phone.json().error.details.fields[0].field).toBe('body.phone');
    expect((await as.hq.patch(`/api/people/${ids.leader}`, { version: 1, kind: 'staff' })).statusCode).toBe(400);
    expect((await as.hq.post('/api/people', { kind: 'staff', name: '某人', organisationId: 1 })).statusCode).toBe(400);
  });
});

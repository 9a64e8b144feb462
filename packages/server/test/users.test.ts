import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../src/auth/roles.js';
import { totpCodeAt } from '../src/auth/totp.js';
import type { PlanFixture } from './support/factories.js';
import { buildDepartment, buildPerson, buildPlan, buildUser, TEST_PASSWORD } from './support/factories.js';
import type { Session, TestApp } from './support/test-app.js';
import { createTestApp, loginAs } from './support/test-app.js';

let t: TestApp;
let plan: PlanFixture;
let departmentId: number;
let foreignUserId: number;
const as = {} as Record<Role, Session>;
const userIds = {} as Record<Role, number>;

beforeAll(async () => {
  t = await createTestApp();
  plan = await buildPlan(t.db);
  departmentId = (await buildDepartment(t.db, plan)).id;
  for (const role of ['hq', 'leader', 'dept_manager', 'sysadmin', 'secadmin', 'auditor'] as const) {
    const user = await buildUser(t.db, plan, role, role === 'dept_manager' ? departmentId : null);
    userIds[role] = user.id;
    as[role] = await loginAs(t.app, user.username, TEST_PASSWORD);
  }
  foreignUserId = (await buildUser(t.db, await buildPlan(t.db), 'leader')).id;
});
afterAll(async () => t.close());

type UserBody = { id: number; username: string; role: string; isActive: boolean; version: number };
const userRow = (id: number) => t.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const login = (username: string, password: string) => t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
const sessionsOf = async (userId: number) => (await t.db.selectFrom('sessions').select('id').where('userId', '=', userId).execute()).length;
const auditOf = (id: number) =>
  t.db.selectFrom('auditLog').selectAll().where('entityType', '=', 'user').where('entityId', '=', String(id)).orderBy('id').execute();
const newStaff = async () => {
  const user = await buildUser(t.db, plan, 'dept_staff', departmentId);
  return { user, session: await loginAs(t.app, user.username, TEST_PASSWORD) };
};

describe('reading users', () => {
  it("the system and security administrators list the organisation's users, never a password hash", async () => {
    for (const role of ['sysadmin', 'secadmin'] as const) {
      const response = await as[role].get('/api/users');
      expect(response.statusCode, role).toBe(200);
      const users = response.json().users as UserBody[];
      expect(users.map((u) => u.id)).toEqual(expect.arrayContaining(Object.values(userIds)));
      expect(users.some((u) => u.id === foreignUserId)).toBe(false);
      expect(response.body).not.toMatch(/passwordHash|argon2/);
    }
    expect((await as.sysadmin.get('/api/users?role=auditor')).json().users).toEqual([expect.objectContaining({ id: userIds.auditor, roleName: '审计管理员' })]);
  });

  it('plan roles and the auditor may not read or manage users (403)', async () => {
    for (const role of ['hq', 'leader', 'dept_manager', 'auditor'] as const) {
      expect((await as[role].get('/api/users')).statusCode, role).toBe(403);
      expect((await as[role].patch(`/api/users/${userIds.leader}`, { version: 1, displayName: '改名' })).statusCode, role).toBe(403);
    }
    expect((await as.hq.post('/api/users', { username: 'by_hq', password: 'Long-enough-1', role: 'leader' })).statusCode).toBe(403);
  });

  it("another organisation's user is a 404", async () => {
    expect((await as.sysadmin.patch(`/api/users/${foreignUserId}`, { version: 1, isActive: false })).statusCode).toBe(404);
    expect((await as.sysadmin.post(`/api/users/${foreignUserId}/password`, { version: 1, password: 'Long-enough-1' })).statusCode).toBe(404);
    expect((await userRow(foreignUserId)).isActive).toBe(1);
  });
});

describe('creating users', () => {
  it('the system administrator creates a department user who can then log in; the audit log records it', async () => {
    const response = await as.sysadmin.post('/api/users', {
      username: 'wang_staff',
      password: 'Long-enough-1',
      role: 'dept_staff',
      departmentId,
      displayName: '王填报',
    });
    expect(response.statusCode).toBe(201);
    const created = response.json().user;
    expect(created).toMatchObject({ username: 'wang_staff', role: 'dept_staff', departmentId, isActive: true, version: 1 });
    expect(created).not.toHaveProperty('passwordHash');
    expect((await login('wang_staff', 'Long-enough-1')).statusCode).toBe(200);
    const [audit] = await auditOf(created.id);
    expect(audit).toMatchObject({ action: 'user.create' });
    expect(audit!.after).not.toMatch(/argon2/);
  });

  it('the system administrator links a leader account to its 市领导, whose portfolio it then opens', async () => {
    const person = await buildPerson(t.db, plan, { name: '赵副市长' });
    const staffPerson = await buildPerson(t.db, plan, { kind: 'staff', name: '钱科员' });
    const list = (await as.sysadmin.get('/api/users')).json();
    expect(list.leaders).toContainEqual({ id: person.id, name: '赵副市长', title: '副市长' });
    expect(list.leaders.some((leader: { id: number }) => leader.id === staffPerson.id)).toBe(false);
    const body = { username: 'zhao_leader', password: 'Long-enough-1', role: 'leader', displayName: '赵副市长', personId: person.id };
    const created = await as.sysadmin.post('/api/users', body);
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().user).toMatchObject({ role: 'leader', personId: person.id });
    // The initial password would have to be changed first; that is another test's business.
    await t.db.updateTable('users').set({ mustChangePassword: 0 }).where('username', '=', 'zhao_leader').execute();
    const leader = await loginAs(t.app, 'zhao_leader', 'Long-enough-1');
    expect((await leader.get('/api/dashboard/portfolio')).json()).toMatchObject({ linked: true, leaderPersonId: person.id });
    // A staff member is no 市领导, and only a leader account is linked to one; nothing is created.
    const staffLink = await as.sysadmin.post('/api/users', { ...body, username: 'qian_leader', personId: staffPerson.id });
    expect(staffLink.statusCode).toBe(400);
    const wrongRole = await as.sysadmin.post('/api/users', { ...body, username: 'zhao_hq', role: 'hq' });
    expect(wrongRole.json().error).toMatchObject({ code: 'VALIDATION_FAILED' });
    // Unlinking through PATCH: the portfolio then asks to be linked.
    const user = created.json().user;
    expect((await as.sysadmin.patch(`/api/users/${user.id}`, { version: user.version, personId: null })).statusCode).toBe(200);
    expect((await leader.get('/api/dashboard/portfolio')).json()).toEqual({ linked: false });
  });

  it('a department role needs a department, a password needs 8 characters, a username must be free', async () => {
    const noDepartment = await as.sysadmin.post('/api/users', { username: 'no_dept', password: 'Long-enough-1', role: 'dept_manager' });
    expect(noDepartment.statusCode).toBe(400);
    expect(noDepartment.json().error.details).toMatchObject({ field: 'departmentId' });
    const short = await as.sysadmin.post('/api/users', { username: 'short_pw', password: 'Short-1', role: 'leader' });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.details.fields[0].field).toBe('body.password');
    expect((await as.sysadmin.post('/api/users', { username: 'wang_staff', password: 'Long-enough-1', role: 'leader' })).statusCode).toBe(409);
    expect((await as.sysadmin.post('/api/users', { username: 'x_user', password: 'Long-enough-1', role: 'leader', roles: ['hq'] })).statusCode).toBe(400);
  });

  it('the system administrator may not create administrator accounts (403), and none is created', async () => {
    for (const role of ['sysadmin', 'secadmin', 'auditor'] as const) {
      const response = await as.sysadmin.post('/api/users', { username: `new_${role}`, password: 'Long-enough-1', role });
      expect(response.statusCode, role).toBe(403);
    }
    expect(await t.db.selectFrom('users').select('id').where('username', 'like', 'new_%').execute()).toEqual([]);
  });

  it('the security administrator creates no accounts (403)', async () => {
    expect((await as.secadmin.post('/api/users', { username: 'by_secadmin', password: 'Long-enough-1', role: 'leader' })).statusCode).toBe(403);
  });
});

describe('changing users', () => {
  it('the system administrator renames a user and changes an ordinary role; a stale version gets 409 and changes nothing', async () => {
    const { user } = await newStaff();
    const renamed = await as.sysadmin.patch(`/api/users/${user.id}`, { version: 1, displayName: '新名字', role: 'hq' });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json().user).toMatchObject({ displayName: '新名字', role: 'hq', version: 2 });
    const stale = await as.sysadmin.patch(`/api/users/${user.id}`, { version: 1, displayName: '旧版本' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('STALE_VERSION');
    expect((await userRow(user.id)).displayName).toBe('新名字');
    const audit = (await auditOf(user.id)).find((row) => row.action === 'user.change_role')!;
    expect(JSON.parse(audit.before!)).toMatchObject({ role: 'dept_staff', displayName: user.displayName });
    expect(JSON.parse(audit.after!)).toMatchObject({ role: 'hq', displayName: '新名字' });
  });

  it('the system administrator may not give an administrator role, nor touch the administrator accounts (403)', async () => {
    expect((await as.sysadmin.patch(`/api/users/${userIds.leader}`, { version: 1, role: 'auditor' })).statusCode).toBe(403);
    expect((await as.sysadmin.patch(`/api/users/${userIds.auditor}`, { version: 1, isActive: false })).statusCode).toBe(403);
    expect((await as.sysadmin.patch(`/api/users/${userIds.secadmin}`, { version: 1, role: 'leader' })).statusCode).toBe(403);
    expect((await as.sysadmin.post(`/api/users/${userIds.auditor}/password`, { version: 1, password: 'Taken-over-1' })).statusCode).toBe(403);
    expect(await userRow(userIds.leader)).toMatchObject({ role: 'leader', version: 1 });
    expect(await userRow(userIds.auditor)).toMatchObject({ isActive: 1, version: 1 });
  });

  it('the security administrator assigns roles, administrator roles included, and nothing else (403)', async () => {
    const { user } = await newStaff();
    const response = await as.secadmin.patch(`/api/users/${user.id}`, { version: 1, role: 'auditor' });
    expect(response.statusCode).toBe(200);
    expect(response.json().user).toMatchObject({ role: 'auditor', roleName: '审计管理员' });
    expect((await auditOf(user.id)).map((row) => row.action)).toContain('user.change_role');
    expect((await as.secadmin.patch(`/api/users/${userIds.leader}`, { version: 1, displayName: '改名' })).statusCode).toBe(403);
    expect((await as.secadmin.patch(`/api/users/${userIds.leader}`, { version: 1, isActive: false })).statusCode).toBe(403);
    expect((await as.secadmin.post(`/api/users/${userIds.leader}/password`, { version: 1, password: 'Taken-over-1' })).statusCode).toBe(403);
  });

  it('a department role given by the security administrator needs a department (400 naming it)', async () => {
    const response = await as.secadmin.patch(`/api/users/${userIds.leader}`, { version: 1, role: 'dept_staff' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details).toMatchObject({ field: 'departmentId' });
    expect((await as.secadmin.patch(`/api/users/${userIds.leader}`, { version: 1, role: 'dept_staff', departmentId })).statusCode).toBe(200);
  });

  it('nobody changes their own role (403)', async () => {
    expect((await as.secadmin.patch(`/api/users/${userIds.secadmin}`, { version: 1, role: 'sysadmin' })).statusCode).toBe(403);
    expect((await as.sysadmin.patch(`/api/users/${userIds.sysadmin}`, { version: 1, role: 'hq' })).statusCode).toBe(403);
  });

  it('disabling a user ends their sessions at once, and they cannot log in again', async () => {
    const { user, session } = await newStaff();
    expect((await session.get('/api/auth/me')).statusCode).toBe(200);
    expect((await as.sysadmin.patch(`/api/users/${user.id}`, { version: 1, isActive: false })).statusCode).toBe(200);
    expect(await sessionsOf(user.id)).toBe(0);
    expect((await session.get('/api/auth/me')).statusCode).toBe(401);
    expect((await login(user.username, TEST_PASSWORD)).statusCode).toBe(401);
  });

  it('a password reset ends the sessions; the new password works and the old one does not', async () => {
    const { user, session } = await newStaff();
    const response = await as.sysadmin.post(`/api/users/${user.id}/password`, { version: 1, password: 'Brand-new-pass' });
    expect(response.statusCode).toBe(200);
    expect(response.json().user).toMatchObject({ id: user.id, version: 2 });
    expect((await session.get('/api/auth/me')).statusCode).toBe(401);
    expect((await login(user.username, TEST_PASSWORD)).statusCode).toBe(401);
    expect((await login(user.username, 'Brand-new-pass')).statusCode).toBe(200);
    const audit = (await auditOf(user.id)).find((row) => row.action === 'user.reset_password')!;
    expect(`${audit.before}${audit.after}`).not.toMatch(/argon2|Brand-new-pass/);
  });

  it('a reset with a stale version or a short password changes nothing', async () => {
    const { user } = await newStaff();
    expect((await as.sysadmin.post(`/api/users/${user.id}/password`, { version: 5, password: 'Brand-new-pass' })).statusCode).toBe(409);
    const short = await as.sysadmin.post(`/api/users/${user.id}/password`, { version: 1, password: '1234567' });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.details.fields[0].field).toBe('body.password');
    expect((await login(user.username, TEST_PASSWORD)).statusCode).toBe(200);
  });
});

describe('initial passwords, e-mail and what each administrator may do', () => {
  it('without a password the server draws an initial one, answers it once and the user must change it at first login', async () => {
    const response = await as.sysadmin.post('/api/users', { username: 'drawn_pw', role: 'dept_staff', departmentId, displayName: '随机' });
    expect(response.statusCode).toBe(201);
    const { user, initialPassword } = response.json() as { user: UserBody; initialPassword: string };
    expect(initialPassword).toMatch(/^[A-Za-z2-9]{4}-[A-Za-z2-9]{4}-[A-Za-z2-9]{4}$/);
    const first = await login('drawn_pw', initialPassword);
    expect(first.statusCode).toBe(200);
    expect(first.json().restriction).toBe('password_change');
    const audit = await auditOf(user.id);
    expect(JSON.stringify(audit)).not.toContain(initialPassword);
    expect((await as.sysadmin.get('/api/users')).body).not.toContain(initialPassword);

    const reset = await as.sysadmin.post(`/api/users/${user.id}/password`, { version: user.version });
    expect(reset.statusCode).toBe(200);
    const next = reset.json().initialPassword as string;
    expect(next).not.toBe(initialPassword);
    expect((await login('drawn_pw', initialPassword)).statusCode).toBe(401);
    expect((await login('drawn_pw', next)).json().restriction).toBe('password_change');
  });

  it('a given password is not echoed back', async () => {
    const response = await as.sysadmin.post('/api/users', { username: 'given_pw', password: 'Long-enough-1', role: 'leader' });
    expect(response.statusCode).toBe(201);
    expect(response.json()).not.toHaveProperty('initialPassword');
  });

  it('an e-mail address is stored encrypted and shown masked; only the system administrator changes it', async () => {
    const created = await as.sysadmin.post('/api/users', { username: 'mail_user', role: 'leader', email: 'zhang.san@example.gov.cn' });
    expect(created.statusCode).toBe(201);
    const user = created.json().user as UserBody & { email: string };
    expect(user.email).toBe('z***@example.gov.cn');
    expect((await userRow(user.id)).email).not.toContain('example.gov.cn');
    const listed = ((await as.secadmin.get('/api/users')).json().users as (UserBody & { email: string })[]).find((u) => u.id === user.id)!;
    expect(listed.email).toBe('z***@example.gov.cn');
    expect((await as.sysadmin.post('/api/users', { username: 'bad_mail', role: 'leader', email: 'not-an-address' })).statusCode).toBe(400);
    expect((await as.secadmin.patch(`/api/users/${user.id}`, { version: user.version, email: 'li.si@example.gov.cn' })).statusCode).toBe(403);
    const cleared = await as.sysadmin.patch(`/api/users/${user.id}`, { version: user.version, email: null });
    expect(cleared.json().user.email).toBeNull();
  });

  it('the list says what the caller may do: the system administrator creates ordinary accounts, the security administrator assigns every role', async () => {
    const bySysadmin = (await as.sysadmin.get('/api/users')).json();
    expect(bySysadmin.policies).toEqual({ canCreate: true, assignableRoles: ['hq', 'leader', 'dept_manager', 'dept_staff'] });
    const leader = (bySysadmin.users as { id: number; policies: unknown }[]).find((u) => u.id === userIds.leader)!;
    expect(leader.policies).toEqual({ canEdit: true, canResetPassword: true, canResetTotp: true, canChangeRole: true });
    const auditor = (bySysadmin.users as { id: number; policies: unknown }[]).find((u) => u.id === userIds.auditor)!;
    expect(auditor.policies).toEqual({ canEdit: false, canResetPassword: false, canResetTotp: false, canChangeRole: false });

    const bySecadmin = (await as.secadmin.get('/api/users')).json();
    // The security administrator names a department when giving a department role, without reading the directory.
    expect(bySecadmin.departments).toEqual([expect.objectContaining({ id: departmentId, name: expect.any(String) })]);
    expect(bySecadmin.policies).toEqual({
      canCreate: false,
      assignableRoles: ['hq', 'leader', 'dept_manager', 'dept_staff', 'sysadmin', 'secadmin', 'auditor'],
    });
    const self = (bySecadmin.users as { id: number; policies: unknown }[]).find((u) => u.id === userIds.secadmin)!;
    expect(self.policies).toEqual({ canEdit: false, canResetPassword: false, canResetTotp: false, canChangeRole: false });
  });

  it('the list tells whether a second factor is enrolled, without its secret', async () => {
    const { user, session } = await newStaff();
    const { secret } = (await session.post('/api/auth/totp/setup')).json() as { secret: string };
    expect((await session.post('/api/auth/totp/enable', { code: totpCodeAt(secret, Date.now()) })).statusCode).toBe(200);
    const response = await as.sysadmin.get('/api/users');
    const users = response.json().users as { id: number; hasTotp: boolean }[];
    expect(users.find((u) => u.id === user.id)!.hasTotp).toBe(true);
    expect(users.find((u) => u.id === userIds.leader)!.hasTotp).toBe(false);
    expect(response.body).not.toContain(secret);
  });
});

import { todayInShanghai } from '@plantrack/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanFixture } from './support/factories.js';
import { buildDepartment, buildItem, buildPlan, buildUser, TEST_PASSWORD } from './support/factories.js';
import type { Session, TestApp } from './support/test-app.js';
import { createTestApp, loginAs } from './support/test-app.js';

/** In-app notifications: the right users only, unread first, each user's own inbox only. */
let t: TestApp;
let plan: PlanFixture;
let users: Record<'hq' | 'hq2' | 'managerA' | 'staffA' | 'retiredA' | 'managerB' | 'managerC' | 'otherOrgHq' | 'sysadmin', { id: number; session: Session }>;
let dept: { a: number; b: number; c: number };
const replyBy = `${Number(todayInShanghai().slice(0, 4)) + 1}-03-31`;

beforeAll(async () => {
  t = await createTestApp();
  plan = await buildPlan(t.db);
  const otherPlan = await buildPlan(t.db);
  dept = { a: (await buildDepartment(t.db, plan)).id, b: (await buildDepartment(t.db, plan)).id, c: (await buildDepartment(t.db, plan)).id };
  const accounts = {
    hq: await buildUser(t.db, plan, 'hq'),
    hq2: await buildUser(t.db, plan, 'hq'),
    managerA: await buildUser(t.db, plan, 'dept_manager', dept.a),
    staffA: await buildUser(t.db, plan, 'dept_staff', dept.a),
    retiredA: await buildUser(t.db, plan, 'dept_staff', dept.a),
    managerB: await buildUser(t.db, plan, 'dept_manager', dept.b),
    managerC: await buildUser(t.db, plan, 'dept_manager', dept.c),
    otherOrgHq: await buildUser(t.db, otherPlan, 'hq'),
    sysadmin: await buildUser(t.db, plan, 'sysadmin'),
  };
  const built = {} as typeof users;
  for (const [name, account] of Object.entries(accounts))
    built[name as keyof typeof users] = { id: account.id, session: await loginAs(t.app, account.username, TEST_PASSWORD) };
  users = built;
  // A deactivated account (someone who left the department) is not written to.
  await t.db.updateTable('users').set({ isActive: 0 }).where('id', '=', accounts.retiredA.id).execute();
});
afterAll(async () => t.close());

async function issueOrder() {
  const item = await buildItem(t.db, plan, { title: '推进老旧小区改造', leadDepartmentId: dept.a, coDepartmentIds: [dept.b] });
  const response = await users.hq.session.post(`/api/items/${item.id}/supervision-orders`, { reason: '进度滞后', replyBy });
  expect(response.statusCode).toBe(201);
  const order = response.json().supervisionOrder as { id: number; code: string };
  // Where each side's notification leads: the department to the item's supervision section, the office to the order.
  return { ...order, departmentLink: `/items/${item.id}#supervision`, officeLink: `/supervision?order=${order.id}` };
}

const recipientsOf = async (kind: string, link: string) =>
  (await t.db.selectFrom('notifications').select('userId').where('kind', '=', kind).where('link', '=', link).execute())
    .map((row) => row.userId)
    .sort((a, b) => a - b);

describe('who is told', () => {
  it('issuing an order tells the active users of the item’s lead department, and nobody else', async () => {
    const order = await issueOrder();
    expect(await recipientsOf('supervision_order.issued', order.departmentLink)).toEqual([users.managerA.id, users.staffA.id].sort((a, b) => a - b));
    const inbox = (await users.staffA.session.get('/api/notifications')).json();
    expect(inbox.notifications[0]).toMatchObject({ kind: 'supervision_order.issued', isRead: false, link: order.departmentLink });
    expect(inbox.notifications[0].title).toContain(order.code);
    for (const name of ['managerB', 'managerC', 'hq'] as const) {
      const theirs = (await users[name].session.get('/api/notifications?pageSize=200')).json().notifications;
      expect(theirs.some((n: { link: string }) => n.link === order.departmentLink)).toBe(false);
    }
  });

  it('answering an order tells every office user of the organisation, not another city’s office', async () => {
    const order = await issueOrder();
    await users.managerA.session.post(`/api/supervision-orders/${order.id}/acknowledge`);
    await users.managerA.session.post(`/api/supervision-orders/${order.id}/answer`, { version: 2, answer: '已完成整改' });
    expect(await recipientsOf('supervision_order.answered', order.officeLink)).toEqual([users.hq.id, users.hq2.id].sort((a, b) => a - b));
    expect((await users.otherOrgHq.session.get('/api/notifications')).json().unreadCount).toBe(0);
  });

  it('a step that fails leaves no notification behind', async () => {
    const order = await issueOrder();
    await users.managerA.session.post(`/api/supervision-orders/${order.id}/acknowledge`);
    const stale = await users.managerA.session.post(`/api/supervision-orders/${order.id}/answer`, { version: 1, answer: '旧版本' });
    expect(stale.statusCode).toBe(409);
    expect(await recipientsOf('supervision_order.answered', order.officeLink)).toEqual([]);
  });
});

describe('my notifications', () => {
  it('come unread first with the unread count; reading one moves it down, and reading it again keeps the first time', async () => {
    const session = users.managerA.session;
    const first = await issueOrder();
    await issueOrder();
    const before = (await session.get('/api/notifications?pageSize=200')).json();
    const target = before.notifications.find((n: { link: string }) => n.link === first.departmentLink);
    const read = await session.post(`/api/notifications/${target.id}/read`);
    expect(read.statusCode).toBe(200);
    expect(read.json().notification).toMatchObject({ id: target.id, isRead: true });
    const after = (await session.get('/api/notifications?pageSize=200')).json();
    expect(after.unreadCount).toBe(before.unreadCount - 1);
    const readFlags = after.notifications.map((n: { isRead: boolean }) => n.isRead);
    expect(readFlags).toEqual([...readFlags].sort((x: boolean, y: boolean) => Number(x) - Number(y)));
    const again = await session.post(`/api/notifications/${target.id}/read`);
    expect(again.json().notification.readAt).toBe(read.json().notification.readAt);
    const unreadOnly = (await session.get('/api/notifications?unread=true&pageSize=200')).json();
    expect(unreadOnly.notifications.every((n: { isRead: boolean }) => !n.isRead)).toBe(true);
    expect(unreadOnly.total).toBe(after.unreadCount);
  });

  it('another user’s notification is not found (404) and stays unread', async () => {
    const order = await issueOrder();
    const theirs = await t.db
      .selectFrom('notifications')
      .select('id')
      .where('userId', '=', users.staffA.id)
      .where('link', '=', order.departmentLink)
      .executeTakeFirstOrThrow();
    const response = await users.managerB.session.post(`/api/notifications/${theirs.id}/read`);
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('NOT_FOUND');
    const row = await t.db.selectFrom('notifications').select('readAt').where('id', '=', theirs.id).executeTakeFirstOrThrow();
    expect(row.readAt).toBeNull();
  });

  it('"mark all read" reads only the caller’s own unread ones, once, with one audit row', async () => {
    await issueOrder();
    await issueOrder();
    const managerBefore = (await users.managerA.session.get('/api/notifications')).json().unreadCount;
    expect((await users.staffA.session.get('/api/notifications')).json().unreadCount).toBeGreaterThanOrEqual(2);
    const readAll = await users.staffA.session.post('/api/notifications/read-all');
    expect(readAll.statusCode).toBe(200);
    expect(readAll.json()).toMatchObject({ unreadCount: 0 });
    expect(readAll.json().markedRead).toBeGreaterThanOrEqual(2);
    const after = (await users.staffA.session.get('/api/notifications?pageSize=200')).json();
    expect(after.unreadCount).toBe(0);
    expect(after.notifications.every((n: { isRead: boolean }) => n.isRead)).toBe(true);
    // The department head's inbox (same department, same notifications) is untouched.
    expect((await users.managerA.session.get('/api/notifications')).json().unreadCount).toBe(managerBefore);
    const audits = await t.db
      .selectFrom('auditLog')
      .select(['action', 'after'])
      .where('action', '=', 'notification.read_all')
      .where('userId', '=', users.staffA.id)
      .execute();
    expect(audits).toHaveLength(1);
    expect(JSON.parse(audits[0]!.after!).ids).toHaveLength(readAll.json().markedRead);
    // Nothing left unread: nothing changes and nothing more is written.
    expect((await users.staffA.session.post('/api/notifications/read-all')).json()).toMatchObject({ markedRead: 0, unreadCount: 0 });
    expect(
      await t.db.selectFrom('auditLog').select('id').where('action', '=', 'notification.read_all').where('userId', '=', users.staffA.id).execute(),
    ).toHaveLength(1);
  });

  it('every role has an inbox of its own; without signing in there is none (401)', async () => {
    const sysadmin = await users.sysadmin.session.get('/api/notifications');
    expect(sysadmin.statusCode).toBe(200);
    expect(sysadmin.json()).toMatchObject({ notifications: [], unreadCount: 0, total: 0 });
    expect((await t.app.inject({ method: 'GET', url: '/api/notifications' })).statusCode).toBe(401);
  });
});

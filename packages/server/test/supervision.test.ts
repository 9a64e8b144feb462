import { todayInShanghai } from '@plantrack/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanFixture } from './support/factories.js';
import { buildDepartment, buildItem, buildLeaderUser, buildPerson, buildPlan, buildUser, TEST_PASSWORD } from './support/factories.js';
import type { Session, TestApp } from './support/test-app.js';
import { createTestApp, loginAs } from './support/test-app.js';

/**
 * The supervision loop (督查督办): assignment acknowledged (签收), supervision orders (督办单) issued,
 * acknowledged, answered, returned and closed (办结销号), extension requests (延期申请), leaders'
 * instructions (批示). Departments: A leads the items, B co-operates, C has nothing to do with them.
 */
let t: TestApp;
let plan: PlanFixture;
let dept: { a: number; b: number; c: number };
let user: Record<'hq' | 'managerA' | 'staffA' | 'managerB' | 'staffB' | 'managerC' | 'leader' | 'otherLeader' | 'unlinkedLeader' | 'sysadmin', Session>;
let userId: Record<'hq' | 'managerA' | 'staffA' | 'managerB' | 'leader', number>;
let leaderPersonId: number;

const today = todayInShanghai();
const year = today.slice(0, 4);
const nextYear = `${Number(year) + 1}-06-30`;

beforeAll(async () => {
  t = await createTestApp();
  plan = await buildPlan(t.db);
  const [a, b, c] = [
    await buildDepartment(t.db, plan, { shortName: '市住房城乡建设局', aliases: ['市住建局'] }),
    await buildDepartment(t.db, plan),
    await buildDepartment(t.db, plan),
  ];
  dept = { a: a!.id, b: b!.id, c: c!.id };
  const leaderPerson = await buildPerson(t.db, plan, { kind: 'leader', name: '王副市长' });
  const otherLeaderPerson = await buildPerson(t.db, plan, { kind: 'leader', name: '李副市长' });
  leaderPersonId = leaderPerson.id;
  const accounts = {
    hq: await buildUser(t.db, plan, 'hq'),
    managerA: await buildUser(t.db, plan, 'dept_manager', dept.a),
    staffA: await buildUser(t.db, plan, 'dept_staff', dept.a),
    managerB: await buildUser(t.db, plan, 'dept_manager', dept.b),
    staffB: await buildUser(t.db, plan, 'dept_staff', dept.b),
    managerC: await buildUser(t.db, plan, 'dept_manager', dept.c),
    leader: await buildLeaderUser(t.db, plan, leaderPerson.id),
    otherLeader: await buildLeaderUser(t.db, plan, otherLeaderPerson.id),
    unlinkedLeader: await buildLeaderUser(t.db, plan, null),
    sysadmin: await buildUser(t.db, plan, 'sysadmin'),
  };
  const sessions = {} as typeof user;
  for (const [name, account] of Object.entries(accounts)) sessions[name as keyof typeof user] = await loginAs(t.app, account.username, TEST_PASSWORD);
  user = sessions;
  userId = { hq: accounts.hq.id, managerA: accounts.managerA.id, staffA: accounts.staffA.id, managerB: accounts.managerB.id, leader: accounts.leader.id };
});
afterAll(async () => t.close());

/** An item led by A with B co-operating and 王副市长 responsible, unless told otherwise. */
async function newItem(options: { leadDepartmentId?: number | null; deadline?: string | null } = {}) {
  const item = await buildItem(t.db, plan, {
    leadDepartmentId: options.leadDepartmentId === undefined ? dept.a : options.leadDepartmentId,
    coDepartmentIds: [dept.b],
    leaderPersonId,
  });
  if (options.deadline) await t.db.updateTable('items').set({ deadline: options.deadline, deadlineText: '2025年6月底前' }).where('id', '=', item.id).execute();
  return item.id;
}

async function issueOrder(itemId: number, replyBy = nextYear) {
  const response = await user.hq.post(`/api/items/${itemId}/supervision-orders`, { reason: '进度严重滞后，请说明原因并提出整改措施', replyBy });
  expect(response.statusCode).toBe(201);
  return response.json().supervisionOrder as { id: number; code: string; version: number; status: string };
}

async function orderInDb(id: number) {
  return t.db.selectFrom('supervisionOrders').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

describe('supervision orders (督办单)', () => {
  it('runs the whole loop — issue, acknowledge, answer, return, answer again, close — recording who and when at each step', async () => {
    const itemId = await newItem();
    const issued = await issueOrder(itemId);
    expect(issued).toMatchObject({ status: 'issued', statusLabel: '已下发', isOverdue: false, issuedBy: { id: userId.hq }, version: 1 });
    expect(issued.code).toMatch(new RegExp(`^督办〔${year}〕\\d+号$`));

    const acknowledged = (await user.staffA.post(`/api/supervision-orders/${issued.id}/acknowledge`, { version: 1 })).json().supervisionOrder;
    expect(acknowledged).toMatchObject({ status: 'acknowledged', acknowledgedBy: { id: userId.staffA }, version: 2 });
    expect(acknowledged.acknowledgedAt).toEqual(expect.any(String));

    const answered = await user.managerA.post(`/api/supervision-orders/${issued.id}/answer`, { version: 2, answer: '已召开专题会，本月底前完成招标' });
    expect(answered.statusCode).toBe(200);
    expect(answered.json().supervisionOrder).toMatchObject({
      status: 'answered',
      answeredBy: { id: userId.managerA },
      answer: '已召开专题会，本月底前完成招标',
    });

    const returned = await user.hq.post(`/api/supervision-orders/${issued.id}/return`, { version: 3, comment: '请补充时间节点和责任人' });
    expect(returned.json().supervisionOrder).toMatchObject({ status: 'returned', statusLabel: '已退回', reviewComment: '请补充时间节点和责任人', version: 4 });

    await user.managerA.post(`/api/supervision-orders/${issued.id}/answer`, { version: 4, answer: '6月15日前完成招标，由张科长负责' });
    const closed = await user.hq.post(`/api/supervision-orders/${issued.id}/close`, { version: 5, comment: '整改到位，予以销号' });
    expect(closed.statusCode).toBe(200);
    expect(closed.json().supervisionOrder).toMatchObject({
      status: 'closed',
      statusLabel: '已办结',
      closedBy: { id: userId.hq },
      version: 6,
      isOverdue: false,
    });

    const history = (await user.staffB.get(`/api/supervision-orders/${issued.id}`)).json().supervisionOrder.history;
    expect(history.map((step: { action: string; actor: { id: number } }) => [step.action, step.actor.id])).toEqual([
      ['issue', userId.hq],
      ['acknowledge', userId.staffA],
      ['answer', userId.managerA],
      ['return', userId.hq],
      ['answer', userId.managerA],
      ['close', userId.hq],
    ]);
    // Both answers stay readable although the order keeps only the latest.
    expect(history[2].text).toBe('已召开专题会，本月底前完成招标');
    expect(history.every((step: { at: string }) => !Number.isNaN(Date.parse(step.at)))).toBe(true);
    const audit = await t.db
      .selectFrom('auditLog')
      .select(['action', 'userId'])
      .where('entityType', '=', 'supervision_order')
      .where('entityId', '=', String(issued.id))
      .orderBy('id')
      .execute();
    expect(audit.map((row) => row.action)).toEqual([
      'supervision_order.issue',
      'supervision_order.acknowledge',
      'supervision_order.answer',
      'supervision_order.return',
      'supervision_order.answer',
      'supervision_order.close',
    ]);
  });

  it('numbers orders 督办〔year〕n号 in sequence within a plan, starting again at 1 in another plan', async () => {
    const first = await issueOrder(await newItem());
    const second = await issueOrder(await newItem());
    const sequence = (code: string) => Number(/〕(\d+)号$/.exec(code)![1]);
    expect(sequence(second.code)).toBe(sequence(first.code) + 1);

    const otherPlan = await buildPlan(t.db);
    const otherDept = await buildDepartment(t.db, otherPlan);
    const otherItem = await buildItem(t.db, otherPlan, { leadDepartmentId: otherDept.id });
    const otherHq = await loginAs(t.app, (await buildUser(t.db, otherPlan, 'hq')).username, TEST_PASSWORD);
    const response = await otherHq.post(`/api/items/${otherItem.id}/supervision-orders`, { reason: '请加快推进', replyBy: nextYear });
    expect(response.json().supervisionOrder.code).toBe(`督办〔${year}〕1号`);
  });

  it('two orders issued at the same moment still get different numbers', async () => {
    const [x, y] = await Promise.all([newItem(), newItem()]);
    const responses = await Promise.all([x, y].map((id) => user.hq.post(`/api/items/${id}/supervision-orders`, { reason: '同时下发', replyBy: nextYear })));
    const codes = responses.map((response) => response.json().supervisionOrder.code);
    expect(new Set(codes).size).toBe(2);
  });

  it('signing for an order needs no form: a POST without a body acknowledges it', async () => {
    const order = await issueOrder(await newItem());
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/supervision-orders/${order.id}/acknowledge`,
      headers: { cookie: user.staffA.cookie, 'x-csrf-token': user.staffA.csrfToken },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().supervisionOrder.status).toBe('acknowledged');
  });

  it('a department sees only orders on its own items; another department’s order is not found, to read or to act on (404)', async () => {
    const order = await issueOrder(await newItem());
    const listedFor = async (session: Session) =>
      (await session.get('/api/supervision-orders?pageSize=200')).json().supervisionOrders.map((o: { id: number }) => o.id);
    expect(await listedFor(user.staffB)).toContain(order.id); // co-operating department
    expect(await listedFor(user.leader)).toContain(order.id);
    expect(await listedFor(user.managerC)).not.toContain(order.id);
    expect((await user.managerC.get(`/api/supervision-orders/${order.id}`)).statusCode).toBe(404);
    const acknowledge = await user.managerC.post(`/api/supervision-orders/${order.id}/acknowledge`, { version: 1 });
    expect(acknowledge.statusCode).toBe(404);
    expect(acknowledge.json().error.code).toBe('NOT_FOUND');
    expect((await user.managerC.post(`/api/supervision-orders/${order.id}/answer`, { version: 1, answer: 'x' })).statusCode).toBe(404);
    expect(
      (await user.managerC.post(`/api/items/${(await orderInDb(order.id)).itemId}/supervision-orders`, { reason: 'x', replyBy: nextYear })).statusCode,
    ).toBe(404);
    expect((await orderInDb(order.id)).status).toBe('issued');
  });

  it('each step belongs to one role (403): only the office issues, returns and closes; only the lead department’s head answers', async () => {
    const itemId = await newItem();
    expect((await user.managerA.post(`/api/items/${itemId}/supervision-orders`, { reason: 'x', replyBy: nextYear })).statusCode).toBe(403);
    expect((await user.leader.post(`/api/items/${itemId}/supervision-orders`, { reason: 'x', replyBy: nextYear })).statusCode).toBe(403);
    const order = await issueOrder(itemId);
    expect((await user.hq.post(`/api/supervision-orders/${order.id}/acknowledge`, { version: 1 })).statusCode).toBe(403);
    expect((await user.leader.post(`/api/supervision-orders/${order.id}/acknowledge`, { version: 1 })).statusCode).toBe(403);
    await user.managerB.post(`/api/supervision-orders/${order.id}/acknowledge`, { version: 1 });
    const coAnswer = await user.managerB.post(`/api/supervision-orders/${order.id}/answer`, { version: 2, answer: '配合部门代答' });
    expect(coAnswer.statusCode).toBe(403);
    expect(coAnswer.json().error.code).toBe('FORBIDDEN');
    expect((await user.staffA.post(`/api/supervision-orders/${order.id}/answer`, { version: 2, answer: 'x' })).statusCode).toBe(403);
    await user.managerA.post(`/api/supervision-orders/${order.id}/answer`, { version: 2, answer: '已整改' });
    expect((await user.managerA.post(`/api/supervision-orders/${order.id}/close`, { version: 3 })).statusCode).toBe(403);
    expect((await user.leader.post(`/api/supervision-orders/${order.id}/return`, { version: 3, comment: 'x' })).statusCode).toBe(403);
    expect((await user.sysadmin.get('/api/supervision-orders')).statusCode).toBe(403);
    expect((await orderInDb(order.id)).status).toBe('answered');
  });

  it('a step out of order is refused with 409 INVALID_STATE and changes nothing', async () => {
    const order = await issueOrder(await newItem());
    const early = await user.managerA.post(`/api/supervision-orders/${order.id}/answer`, { version: 1, answer: '未签收先反馈' });
    expect(early.statusCode).toBe(409);
    expect(early.json().error).toMatchObject({
      code: 'INVALID_STATE',
      details: { status: 'issued', action: 'answer', allowedFrom: ['acknowledged', 'returned'] },
    });
    expect((await user.hq.post(`/api/supervision-orders/${order.id}/close`, { version: 1 })).json().error.code).toBe('INVALID_STATE');
    await user.staffA.post(`/api/supervision-orders/${order.id}/acknowledge`);
    expect((await user.staffB.post(`/api/supervision-orders/${order.id}/acknowledge`)).statusCode).toBe(409);
    expect(await orderInDb(order.id)).toMatchObject({ status: 'acknowledged', version: 2, answer: null, closedAt: null });
  });

  it('a stale version is refused with 409 STALE_VERSION and nothing changes', async () => {
    const order = await issueOrder(await newItem());
    await user.staffA.post(`/api/supervision-orders/${order.id}/acknowledge`, { version: 1 });
    const stale = await user.managerA.post(`/api/supervision-orders/${order.id}/answer`, { version: 1, answer: '基于旧版本的反馈' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'STALE_VERSION', details: { currentVersion: 2 } });
    expect(await orderInDb(order.id)).toMatchObject({ status: 'acknowledged', version: 2, answer: null, answeredBy: null });
    const answers = await t.db
      .selectFrom('auditLog')
      .select('id')
      .where('entityId', '=', String(order.id))
      .where('action', '=', 'supervision_order.answer')
      .execute();
    expect(answers).toHaveLength(0);
    expect((await user.staffB.post(`/api/supervision-orders/${order.id}/acknowledge`, { version: 1 })).json().error.code).toBe('STALE_VERSION');
  });

  it('an open order past its reply date is overdue (Asia/Shanghai); a closed one is not; lists filter by it, status and department', async () => {
    const lateId = (await issueOrder(await newItem())).id;
    const closedLateId = (await issueOrder(await newItem())).id;
    await user.staffA.post(`/api/supervision-orders/${closedLateId}/acknowledge`);
    await user.managerA.post(`/api/supervision-orders/${closedLateId}/answer`, { version: 2, answer: '已完成' });
    await user.hq.post(`/api/supervision-orders/${closedLateId}/close`, { version: 3 });
    await t.db.updateTable('supervisionOrders').set({ replyBy: '2024-01-10' }).where('id', 'in', [lateId, closedLateId]).execute();

    expect((await user.hq.get(`/api/supervision-orders/${lateId}`)).json().supervisionOrder.isOverdue).toBe(true);
    expect((await user.hq.get(`/api/supervision-orders/${closedLateId}`)).json().supervisionOrder.isOverdue).toBe(false);
    const overdue = (await user.hq.get('/api/supervision-orders?overdue=true&pageSize=200')).json();
    expect(overdue.supervisionOrders.map((o: { id: number }) => o.id)).toContain(lateId);
    expect(overdue.supervisionOrders.every((o: { isOverdue: boolean }) => o.isOverdue)).toBe(true);
    expect(overdue.supervisionOrders.map((o: { id: number }) => o.id)).not.toContain(closedLateId);
    const closed = (await user.hq.get('/api/supervision-orders?status=closed&pageSize=200')).json().supervisionOrders;
    expect(closed.every((o: { status: string }) => o.status === 'closed')).toBe(true);
    const byAlias = (await user.hq.get(`/api/supervision-orders?department=${encodeURIComponent('市住建局')}&pageSize=200`)).json();
    expect(byAlias.supervisionOrders.map((o: { id: number }) => o.id)).toContain(lateId);
    expect((await user.hq.get(`/api/supervision-orders?department=${dept.c}`)).json().total).toBe(0);
  });

  it('an order needs a reply date not yet passed (400) and an item with a lead department to answer it (409)', async () => {
    const pastDate = await user.hq.post(`/api/items/${await newItem()}/supervision-orders`, { reason: '请反馈', replyBy: '2020-01-01' });
    expect(pastDate.statusCode).toBe(400);
    expect(pastDate.json().error.details).toMatchObject({ field: 'replyBy' });
    const orphan = await user.hq.post(`/api/items/${await newItem({ leadDepartmentId: null })}/supervision-orders`, { reason: '请反馈', replyBy: nextYear });
    expect(orphan.statusCode).toBe(409);
    expect(orphan.json().error.code).toBe('RESPONSIBILITY_CHAIN_INCOMPLETE');
  });
});

describe('acknowledgement of assignment (签收)', () => {
  it('the head of each department on the item signs for it once; signing again returns the same record (200)', async () => {
    const itemId = await newItem();
    const first = await user.managerA.post(`/api/items/${itemId}/acknowledge`);
    expect(first.statusCode).toBe(201);
    expect(first.json().acknowledgement).toMatchObject({
      department: { id: dept.a },
      relation: 'lead',
      isAcknowledged: true,
      acknowledgedBy: { id: userId.managerA },
    });
    const again = await user.managerA.post(`/api/items/${itemId}/acknowledge`);
    expect(again.statusCode).toBe(200);
    expect(again.json().acknowledgement).toEqual(first.json().acknowledgement);
    expect(await t.db.selectFrom('acknowledgements').select('id').where('itemId', '=', itemId).execute()).toHaveLength(1);
    const audit = await t.db.selectFrom('auditLog').select('id').where('action', '=', 'item.acknowledge').where('entityId', '=', String(itemId)).execute();
    expect(audit).toHaveLength(1);
  });

  it('lists every department on the item, signed or not yet', async () => {
    const itemId = await newItem();
    await user.managerB.post(`/api/items/${itemId}/acknowledge`);
    const list = (await user.staffA.get(`/api/items/${itemId}/acknowledgements`)).json().acknowledgements;
    expect(list).toMatchObject([
      { department: { id: dept.a }, relation: 'lead', isAcknowledged: false, acknowledgedAt: null },
      { department: { id: dept.b }, relation: 'co', isAcknowledged: true, acknowledgedBy: { id: userId.managerB } },
    ]);
  });

  it('staff and the office cannot sign (403); another department’s item is not found (404)', async () => {
    const itemId = await newItem();
    expect((await user.staffA.post(`/api/items/${itemId}/acknowledge`)).statusCode).toBe(403);
    expect((await user.hq.post(`/api/items/${itemId}/acknowledge`)).statusCode).toBe(403);
    expect((await user.managerC.post(`/api/items/${itemId}/acknowledge`)).statusCode).toBe(404);
    expect((await user.managerC.get(`/api/items/${itemId}/acknowledgements`)).statusCode).toBe(404);
    expect(await t.db.selectFrom('acknowledgements').select('id').where('itemId', '=', itemId).execute()).toHaveLength(0);
  });
});

describe('extension requests (延期申请)', () => {
  const requestExtension = (session: Session, itemId: number, requestedDeadline = '2025-12-31') =>
    session.post(`/api/items/${itemId}/extension-requests`, { requestedDeadline, reason: '受用地审批影响，需顺延半年' });
  const itemRow = (id: number) => t.db.selectFrom('items').select(['deadline', 'deadlineText', 'version']).where('id', '=', id).executeTakeFirstOrThrow();

  it('approved by the item’s own leader, the deadline moves (its text stays, its version bumps) and the requester is told', async () => {
    const itemId = await newItem({ deadline: '2025-06-30' });
    const created = await requestExtension(user.managerA, itemId);
    expect(created.statusCode).toBe(201);
    const request = created.json().extensionRequest;
    expect(request).toMatchObject({ status: 'pending', currentDeadline: '2025-06-30', requestedDeadline: '2025-12-31', requestedBy: { id: userId.managerA } });
    expect((await user.leader.get(`/api/items/${itemId}/extension-requests`)).json().extensionRequests[0].policies).toEqual({
      canApprove: true,
      canReject: true,
    });

    const approved = await user.leader.post(`/api/extension-requests/${request.id}/approve`, { version: 1, comment: '同意' });
    expect(approved.statusCode).toBe(200);
    expect(approved.json().extensionRequest).toMatchObject({ status: 'approved', decidedBy: { id: userId.leader }, decisionComment: '同意', version: 2 });
    expect(await itemRow(itemId)).toEqual({ deadline: '2025-12-31', deadlineText: '2025年6月底前', version: 2 });
    expect((await user.hq.get(`/api/items/${itemId}`)).json().item).toMatchObject({ deadline: '2025-12-31', version: 2 });
    const inbox = (await user.managerA.get('/api/notifications?pageSize=200')).json().notifications;
    expect(inbox.some((n: { kind: string; link: string }) => n.kind === 'extension_request.approved' && n.link === `/items/${itemId}`)).toBe(true);
    const audit = await t.db.selectFrom('auditLog').select('action').where('entityType', '=', 'item').where('entityId', '=', String(itemId)).execute();
    expect(audit.map((row) => row.action)).toContain('item.extend_deadline');
    expect((await user.leader.post(`/api/extension-requests/${request.id}/approve`, { version: 2 })).json().error.code).toBe('INVALID_STATE');
  });

  it('another leader, or a leader with no person record, cannot decide (403: leaders read every item, so the request is not hidden); the office can', async () => {
    const itemId = await newItem({ deadline: '2025-06-30' });
    const request = (await requestExtension(user.managerA, itemId)).json().extensionRequest;
    for (const session of [user.otherLeader, user.unlinkedLeader]) {
      const refused = await session.post(`/api/extension-requests/${request.id}/approve`, { version: 1 });
      expect(refused.statusCode).toBe(403);
    }
    expect((await user.otherLeader.get(`/api/items/${itemId}/extension-requests`)).json().extensionRequests[0].policies.canApprove).toBe(false);
    expect(await itemRow(itemId)).toMatchObject({ deadline: '2025-06-30', version: 1 });
    const rejected = await user.hq.post(`/api/extension-requests/${request.id}/reject`, { version: 1, comment: '理由不充分' });
    expect(rejected.json().extensionRequest).toMatchObject({ status: 'rejected', decidedBy: { id: userId.hq } });
    expect(await itemRow(itemId)).toMatchObject({ deadline: '2025-06-30', version: 1 });
  });

  it('only the lead department’s head asks (403 for others, 404 outside the item), for a later date, one request at a time', async () => {
    const itemId = await newItem({ deadline: '2025-06-30' });
    expect((await requestExtension(user.managerB, itemId)).statusCode).toBe(403);
    expect((await requestExtension(user.staffA, itemId)).statusCode).toBe(403);
    expect((await requestExtension(user.hq, itemId)).statusCode).toBe(403);
    expect((await requestExtension(user.managerC, itemId)).statusCode).toBe(404);
    const earlier = await requestExtension(user.managerA, itemId, '2025-06-30');
    expect(earlier.statusCode).toBe(400);
    expect(earlier.json().error.details).toMatchObject({ field: 'requestedDeadline', currentDeadline: '2025-06-30' });
    expect((await requestExtension(user.managerA, itemId)).statusCode).toBe(201);
    const second = await requestExtension(user.managerA, itemId, '2026-03-31');
    expect(second.statusCode).toBe(409);
    expect(second.json().error.code).toBe('EXTENSION_REQUEST_PENDING');
  });

  it('a decision on a stale version is refused (409) and changes nothing; a refusal must say why (400); other departments cannot see it (404)', async () => {
    const itemId = await newItem({ deadline: '2025-06-30' });
    const request = (await requestExtension(user.managerA, itemId)).json().extensionRequest;
    expect((await user.hq.post(`/api/extension-requests/${request.id}/approve`, { version: 7 })).json().error.code).toBe('STALE_VERSION');
    expect((await user.hq.post(`/api/extension-requests/${request.id}/reject`, { version: 1 })).statusCode).toBe(400);
    expect((await user.managerC.get(`/api/extension-requests/${request.id}`)).statusCode).toBe(404);
    expect((await user.managerC.post(`/api/extension-requests/${request.id}/approve`, { version: 1 })).statusCode).toBe(404);
    expect((await user.managerA.post(`/api/extension-requests/${request.id}/approve`, { version: 1 })).statusCode).toBe(403);
    const row = await t.db.selectFrom('extensionRequests').select(['status', 'version']).where('id', '=', request.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'pending', version: 1 });
    expect(await itemRow(itemId)).toMatchObject({ deadline: '2025-06-30', version: 1 });
  });
  it('the office’s queue lists pending requests across items with item, department and both dates; a department sees only its own items’ requests', async () => {
    const itemA = await newItem({ deadline: '2025-06-30' });
    // C's item has no co-operating department.
    const itemC = (await buildItem(t.db, plan, { leadDepartmentId: dept.c, coDepartmentIds: [], leaderPersonId })).id;
    await t.db.updateTable('items').set({ deadline: '2025-09-30' }).where('id', '=', itemC).execute();
    const decidedA = await newItem({ deadline: '2025-06-30' });
    const requestA = (await requestExtension(user.managerA, itemA)).json().extensionRequest;
    const requestC = (await requestExtension(user.managerC, itemC, '2026-03-31')).json().extensionRequest;
    const decided = (await requestExtension(user.managerA, decidedA)).json().extensionRequest;
    await user.hq.post(`/api/extension-requests/${decided.id}/reject`, { version: 1, comment: '理由不充分' });
    const mine = [requestA.id, requestC.id, decided.id];
    const listed = async (session: Session, query = '') => {
      const response = await session.get(`/api/extension-requests?pageSize=200${query}`);
      expect(response.statusCode).toBe(200);
      return (response.json().extensionRequests as { id: number }[]).map((request) => request.id).filter((id) => mine.includes(id));
    };

    const queue = (await user.hq.get('/api/extension-requests?status=pending&pageSize=200')).json();
    const fromC = queue.extensionRequests.find((request: { id: number }) => request.id === requestC.id);
    expect(fromC).toMatchObject({
      item: { id: itemC },
      leadDepartment: { id: dept.c },
      currentDeadline: '2025-09-30',
      requestedDeadline: '2026-03-31',
      reason: '受用地审批影响，需顺延半年',
      status: 'pending',
      policies: { canApprove: true, canReject: true },
    });
    expect(queue.total).toBeGreaterThanOrEqual(2);
    expect(await listed(user.hq, '&status=pending')).toEqual([requestC.id, requestA.id]);
    expect(await listed(user.hq, '&status=rejected')).toEqual([decided.id]);
    expect(await listed(user.leader)).toEqual([decided.id, requestC.id, requestA.id]);
    expect(await listed(user.hq, `&department=${dept.c}`)).toEqual([requestC.id]);

    // A's head and staff, and B (co-operating on A's items), never see C's request; C never sees A's.
    expect(await listed(user.managerA)).toEqual([decided.id, requestA.id]);
    expect(await listed(user.staffA, '&status=pending')).toEqual([requestA.id]);
    expect(await listed(user.staffB)).toEqual([decided.id, requestA.id]);
    expect(await listed(user.managerC)).toEqual([requestC.id]);
    // Naming another department does not widen a department's view.
    expect(await listed(user.managerC, `&department=${dept.a}`)).toEqual([]);
    expect((await user.managerA.get('/api/extension-requests?status=pending')).json().extensionRequests[0].policies).toEqual({
      canApprove: false,
      canReject: false,
    });
  });

  it('the list pages its results and refuses unknown filters (400)', async () => {
    const page = (await user.hq.get('/api/extension-requests?pageSize=1&page=2')).json();
    expect(page).toMatchObject({ page: 2, pageSize: 1 });
    expect(page.extensionRequests).toHaveLength(1);
    expect(page.total).toBeGreaterThanOrEqual(2);
    expect((await user.hq.get('/api/extension-requests?state=pending')).statusCode).toBe(400);
    expect((await user.hq.get('/api/extension-requests?status=waiting')).statusCode).toBe(400);
  });
});

describe('leaders’ instructions (批示)', () => {
  it('a leader writes one; everyone who can see the item reads it; the lead department’s users are told', async () => {
    const itemId = await newItem();
    const written = await user.leader.post(`/api/items/${itemId}/instructions`, { text: '要倒排工期，确保年底前完成' });
    expect(written.statusCode).toBe(201);
    expect(written.json().instruction).toMatchObject({ text: '要倒排工期，确保年底前完成', author: { id: userId.leader, name: '王副市长' } });
    expect((await user.staffB.get(`/api/items/${itemId}/instructions`)).json().instructions).toHaveLength(1);
    const told = await t.db
      .selectFrom('notifications')
      .select('userId')
      .where('kind', '=', 'instruction.created')
      .where('link', '=', `/items/${itemId}#instructions`)
      .execute();
    expect(told.map((row) => row.userId).sort()).toEqual([userId.managerA, userId.staffA].sort());
  });

  it('only leaders write (403 for the office and departments); another department cannot even read them (404)', async () => {
    const itemId = await newItem();
    expect((await user.hq.post(`/api/items/${itemId}/instructions`, { text: '代领导批示' })).statusCode).toBe(403);
    expect((await user.managerA.post(`/api/items/${itemId}/instructions`, { text: 'x' })).statusCode).toBe(403);
    expect((await user.managerC.get(`/api/items/${itemId}/instructions`)).statusCode).toBe(404);
    expect((await user.managerC.post(`/api/items/${itemId}/instructions`, { text: 'x' })).statusCode).toBe(404);
    expect(await t.db.selectFrom('instructions').select('id').where('itemId', '=', itemId).execute()).toHaveLength(0);
  });

  it('runs 送达 → 阅办 → 落实反馈: the lead department acknowledges and answers, the leader is told at each step and sees who and when', async () => {
    const itemId = await newItem();
    const written = (await user.leader.post(`/api/items/${itemId}/instructions`, { text: '请加快进度' })).json().instruction;
    expect(written).toMatchObject({ status: 'delivered', statusLabel: '已送达', readBy: null, feedback: null, version: 1 });
    const [seenByStaff] = (await user.staffA.get(`/api/items/${itemId}/instructions`)).json().instructions;
    expect(seenByStaff.policies).toEqual({ canAcknowledge: true, canAnswer: false });

    const read = await user.staffA.post(`/api/instructions/${written.id}/acknowledge`, { version: 1 });
    expect(read.statusCode).toBe(200);
    expect(read.json().instruction).toMatchObject({ status: 'read', statusLabel: '已阅办', readBy: { id: userId.staffA }, version: 2 });
    expect(read.json().instruction.readAt).toEqual(expect.any(String));
    expect(read.json().instruction.policies).toEqual({ canAcknowledge: false, canAnswer: true });

    const answered = await user.managerA.post(`/api/instructions/${written.id}/feedback`, { version: 2, feedback: '已倒排工期，12月底前完工' });
    expect(answered.statusCode).toBe(200);
    expect(answered.json().instruction).toMatchObject({ status: 'answered', feedback: '已倒排工期，12月底前完工', feedbackBy: { id: userId.managerA } });

    const [onItem] = (await user.leader.get(`/api/items/${itemId}/instructions`)).json().instructions;
    expect(onItem).toMatchObject({ status: 'answered', statusLabel: '已落实反馈', feedback: '已倒排工期，12月底前完工', readBy: { id: userId.staffA } });
    const toLeader = await t.db
      .selectFrom('notifications')
      .select(['kind', 'body'])
      .where('userId', '=', userId.leader)
      .where('link', '=', `/items/${itemId}#instructions`)
      .orderBy('id')
      .execute();
    expect(toLeader.map((row) => row.kind)).toEqual(['instruction.read', 'instruction.answered']);
    expect(toLeader[1]!.body).toContain('已倒排工期，12月底前完工');
    const audited = await t.db
      .selectFrom('auditLog')
      .select('action')
      .where('entityType', '=', 'instruction')
      .where('entityId', '=', String(written.id))
      .execute();
    expect(audited.map((row) => row.action).sort()).toEqual(['instruction.acknowledge', 'instruction.answer', 'instruction.create']);
  });

  it('refuses steps out of order (409), on a stale version (409), from a co-operating department or the office (403) and from another department (404)', async () => {
    const itemId = await newItem();
    const { id } = (await user.leader.post(`/api/items/${itemId}/instructions`, { text: '抓紧推进' })).json().instruction;
    const early = await user.managerA.post(`/api/instructions/${id}/feedback`, { version: 1, feedback: '已办' });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('INVALID_STATE');
    expect((await user.staffB.post(`/api/instructions/${id}/acknowledge`, {})).statusCode).toBe(403);
    expect((await user.hq.post(`/api/instructions/${id}/acknowledge`, {})).statusCode).toBe(403);
    expect((await user.leader.post(`/api/instructions/${id}/acknowledge`, {})).statusCode).toBe(403);
    expect((await user.managerC.post(`/api/instructions/${id}/acknowledge`, {})).statusCode).toBe(404);
    expect((await user.staffA.post(`/api/instructions/${id}/acknowledge`, { version: 1 })).statusCode).toBe(200);
    const stale = await user.managerA.post(`/api/instructions/${id}/feedback`, { version: 1, feedback: '已办' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('STALE_VERSION');
    expect((await user.staffA.post(`/api/instructions/${id}/acknowledge`, {})).statusCode).toBe(409);
    expect(await t.db.selectFrom('instructions').select(['status', 'feedback']).where('id', '=', id).executeTakeFirstOrThrow()).toEqual({
      status: 'read',
      feedback: null,
    });
  });

  it('lists the instructions still waiting: the lead department its own to do, the leader their own, another department none', async () => {
    const itemId = await newItem();
    const { id } = (await user.leader.post(`/api/items/${itemId}/instructions`, { text: '尽快完善方案' })).json().instruction;
    const ids = async (session: Session) => ((await session.get('/api/instructions/open')).json().instructions as { id: number }[]).map((row) => row.id);
    expect(await ids(user.staffA)).toContain(id);
    expect(await ids(user.leader)).toContain(id);
    expect(await ids(user.hq)).toContain(id);
    expect(await ids(user.otherLeader)).not.toContain(id);
    expect(await ids(user.staffB)).not.toContain(id);
    expect(await ids(user.managerC)).not.toContain(id);
    await user.staffA.post(`/api/instructions/${id}/acknowledge`, {});
    const [waiting] = ((await user.managerA.get('/api/instructions/open')).json().instructions as { id: number }[]).filter((row) => row.id === id);
    expect(waiting).toMatchObject({ status: 'read', statusLabel: '已阅办', item: { id: itemId } });
    await user.managerA.post(`/api/instructions/${id}/feedback`, { version: 2, feedback: '已完善' });
    expect(await ids(user.staffA)).not.toContain(id);
  });
});

describe('order level (督办等级), contact person (承办联系人) and the copy to the responsible leader (抄送)', () => {
  it('a red-card order carries its level; the department names its contact on signing, the phone encrypted at rest', async () => {
    const itemId = await newItem();
    const issued = await user.hq.post(`/api/items/${itemId}/supervision-orders`, { reason: '严重滞后', replyBy: nextYear, level: 'red' });
    expect(issued.json().supervisionOrder).toMatchObject({ level: 'red', levelLabel: '红牌督办', contact: null });
    const { id } = issued.json().supervisionOrder;
    const signed = await user.staffA.post(`/api/supervision-orders/${id}/acknowledge`, { contact: { name: '张联络', phone: '13800138000' } });
    expect(signed.statusCode).toBe(200);
    expect(signed.json().supervisionOrder.contact).toEqual({ name: '张联络', phone: '13800138000' });
    const stored = await orderInDb(id);
    expect(stored.contactPhone).not.toContain('13800138000');
    const audit = await t.db
      .selectFrom('auditLog')
      .select('after')
      .where('action', '=', 'supervision_order.acknowledge')
      .where('entityId', '=', String(id))
      .executeTakeFirstOrThrow();
    expect(audit.after).not.toContain('13800138000');
    expect((await user.hq.post(`/api/items/${itemId}/supervision-orders`, { reason: 'x', replyBy: nextYear, level: 'purple' })).statusCode).toBe(400);
    expect((await user.hq.post(`/api/items/${itemId}/supervision-orders`, { reason: '一般', replyBy: nextYear })).json().supervisionOrder.level).toBe('normal');
  });

  it('the responsible leader is copied when the order is issued, answered and closed, and can read it; another leader is not copied', async () => {
    const itemId = await newItem();
    const order = await issueOrder(itemId);
    await user.managerA.post(`/api/supervision-orders/${order.id}/acknowledge`, {});
    await user.managerA.post(`/api/supervision-orders/${order.id}/answer`, { version: 2, answer: '已整改' });
    expect((await user.hq.post(`/api/supervision-orders/${order.id}/close`, { version: 3 })).statusCode).toBe(200);
    const copies = await t.db
      .selectFrom('notifications')
      .select(['userId', 'title'])
      .where('kind', '=', 'supervision_order.copied')
      .where('link', '=', `/items/${itemId}#supervision`)
      .orderBy('id')
      .execute();
    expect(copies.map((row) => row.userId)).toEqual([userId.leader, userId.leader, userId.leader]);
    expect(copies.map((row) => row.title)).toEqual([
      expect.stringContaining(`抄送 督办单 ${order.code}（一般督办）`),
      expect.stringContaining('已反馈'),
      expect.stringContaining('已办结销号'),
    ]);
    expect((await user.leader.get(`/api/supervision-orders/${order.id}`)).json().supervisionOrder).toMatchObject({ status: 'closed' });
  });
});

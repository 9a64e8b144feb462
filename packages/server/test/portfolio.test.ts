import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanFixture } from './support/factories.js';
import { buildIndicator, buildItem, buildLeaderUser, buildPerson, buildPlan, TEST_PASSWORD } from './support/factories.js';
import type { Session, TestApp } from './support/test-app.js';
import { createTestApp, loginAs } from './support/test-app.js';

/** A leader's portfolio (我的分管): every number counts, and opens, only the items that leader answers for. */
let t: TestApp;
let plan: PlanFixture;
let leader: Session;
let leaderId: number;

beforeAll(async () => {
  t = await createTestApp();
  plan = await buildPlan(t.db);
  leaderId = (await buildPerson(t.db, plan, { name: '王副市长' })).id;
  const otherLeader = (await buildPerson(t.db, plan, { name: '李副市长' })).id;
  await buildItem(t.db, plan, { code: '1-01', leaderPersonId: leaderId });
  await buildItem(t.db, plan, { code: '1-02', leaderPersonId: otherLeader });
  await buildItem(t.db, plan, { code: '2-01', area: '2', leaderPersonId: otherLeader });
  const own = await buildIndicator(t.db, plan, { name: '研发投入强度', baseline: '2.4', target: '2.8' });
  const others = await buildIndicator(t.db, plan, { name: '清洁能源占比', baseline: '20', target: '30' });
  for (const [indicator, person] of [
    [own, leaderId],
    [others, otherLeader],
  ] as const) {
    await t.db.updateTable('items').set({ leaderPersonId: person }).where('id', '=', indicator.itemId).execute();
  }
  const user = await buildLeaderUser(t.db, plan, leaderId);
  leader = await loginAs(t.app, user.username, TEST_PASSWORD);
});
afterAll(async () => t.close());

describe('a leader’s portfolio', () => {
  it('counts only the leader’s own items and indicators', async () => {
    const portfolio = (await leader.get('/api/dashboard/portfolio?asOf=2023Q2')).json();
    expect(portfolio).toMatchObject({ linked: true, leaderPersonId: leaderId });
    // One task and one indicator (an item of the indicator ledger) are the leader's.
    expect(portfolio.totals.total).toBe(2);
    expect(portfolio.indicators.total).toBe(1);
  });

  it('carries the leader in every link: the totals, and each group’s filter', async () => {
    const portfolio = (await leader.get('/api/dashboard/portfolio?asOf=2023Q2')).json();
    expect(portfolio.filter).toEqual({ leader: String(leaderId) });
    const groups = [...portfolio.byArea, ...portfolio.byDepartment, ...portfolio.byLedger] as { filter: Record<string, string> }[];
    expect(groups.length).toBeGreaterThan(0);
    for (const group of groups) expect(group.filter.leader).toBe(String(leaderId));
    const area1 = portfolio.byArea.find((group: { key: string }) => group.key === '1');
    const listed = (await leader.get(`/api/items?${new URLSearchParams({ ...area1.filter, asOf: '2023Q2' })}`)).json();
    expect(listed.total).toBe(area1.counts.total);
  });

  it('counts the leader’s instructions (批示) waiting for the department to acknowledge (阅办) and to answer (落实反馈)', async () => {
    const [first, second] = await t.db.selectFrom('items').select('id').where('leaderPersonId', '=', leaderId).orderBy('id').execute();
    const written = [];
    for (const item of [first!, second!, first!])
      written.push((await leader.post(`/api/items/${item.id}/instructions`, { text: '抓紧推进' })).json().instruction);
    await t.db.updateTable('instructions').set({ status: 'read' }).where('id', '=', written[0].id).execute();
    await t.db.updateTable('instructions').set({ status: 'answered' }).where('id', '=', written[1].id).execute();
    expect((await leader.get('/api/dashboard/portfolio')).json().instructions).toEqual({ awaitingRead: 1, awaitingFeedback: 1 });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanFixture } from './support/factories.js';
import { buildDepartment, buildItem, buildPerson, buildPlan, buildUser, TEST_PASSWORD } from './support/factories.js';
import type { Session, TestApp } from './support/test-app.js';
import { createTestApp, loginAs } from './support/test-app.js';

let t: TestApp;
let plan: PlanFixture;
let hq: Session;
let manager: Session;
let staff: Session;
let ids: { own: number; coOwned: number; other: number; orphan: number; offshore: number; leaderId: number; ownDept: number; otherDept: number };

beforeAll(async () => {
  t = await createTestApp();
  plan = await buildPlan(t.db);
  const ownDept = await buildDepartment(t.db, plan, { shortName: '市发展改革委', aliases: ['市发改委'] });
  const otherDept = await buildDepartment(t.db, plan);
  const leader = await buildPerson(t.db, plan, { kind: 'leader', name: '张副市长' });
  const own = await buildItem(t.db, plan, { code: '1-01', title: '推进重大清洁能源项目', leadDepartmentId: ownDept.id, leaderPersonId: leader.id });
  const coOwned = await buildItem(t.db, plan, { code: '1-02', leadDepartmentId: otherDept.id, coDepartmentIds: [ownDept.id], ledgers: ['master', 'pilots'] });
  const other = await buildItem(t.db, plan, { code: '2-01', area: '2', leadDepartmentId: otherDept.id, ledgers: ['innovations'] });
  const orphan = await buildItem(t.db, plan, { code: '2-02', area: '2' });
  const offshore = await buildItem(t.db, plan, {
    code: '2-03',
    area: '2',
    title: '加快清洁能源在建项目',
    measures: '加快海上风电、海上光伏等项目进度',
    leadDepartmentId: otherDept.id,
  });
  ids = {
    own: own.id,
    coOwned: coOwned.id,
    other: other.id,
    orphan: orphan.id,
    offshore: offshore.id,
    leaderId: leader.id,
    ownDept: ownDept.id,
    otherDept: otherDept.id,
  };
  hq = await loginAs(t.app, (await buildUser(t.db, plan, 'hq')).username, TEST_PASSWORD);
  manager = await loginAs(t.app, (await buildUser(t.db, plan, 'dept_manager', ownDept.id)).username, TEST_PASSWORD);
  staff = await loginAs(t.app, (await buildUser(t.db, plan, 'dept_staff', ownDept.id)).username, TEST_PASSWORD);
});
afterAll(async () => t.close());

const codesOf = (body: string) => (JSON.parse(body) as { items: { code: string }[] }).items.map((item) => item.code);

describe('listing items', () => {
  it('the office sees every item, in ledger order, with the total', async () => {
    const response = await hq.get('/api/items');
    expect(response.statusCode).toBe(200);
    expect(codesOf(response.body)).toEqual(['1-01', '1-02', '2-01', '2-02', '2-03']);
    expect(response.json().total).toBe(5);
  });

  it('filters by ledger, area, department (by alias), and leader', async () => {
    expect(codesOf((await hq.get('/api/items?ledger=pilots')).body)).toEqual(['1-02']);
    expect(codesOf((await hq.get('/api/items?area=2')).body)).toEqual(['2-01', '2-02', '2-03']);
    expect(codesOf((await hq.get(`/api/items?department=${encodeURIComponent('市发改委')}`)).body)).toEqual(['1-01', '1-02']);
    expect(codesOf((await hq.get(`/api/items?leader=${ids.leaderId}`)).body)).toEqual(['1-01']);
  });

  it('the same filter with other values answers for those values (a page query compiled once is reused)', async () => {
    for (let round = 0; round < 2; round++) {
      expect(codesOf((await hq.get(`/api/items?department=${ids.ownDept}`)).body)).toEqual(['1-01', '1-02']);
      expect(codesOf((await hq.get(`/api/items?department=${ids.otherDept}`)).body)).toEqual(['1-02', '2-01', '2-03']);
      expect(codesOf((await hq.get('/api/items?area=1')).body)).toEqual(['1-01', '1-02']);
      expect(codesOf((await hq.get('/api/items?area=2&page=2&pageSize=2')).body)).toEqual(['2-03']);
      expect(codesOf((await hq.get('/api/items?ledger=innovations&area=2')).body)).toEqual(['2-01']);
    }
  });

  it('Chinese search finds the items that mention the words anywhere in their text', async () => {
    expect(codesOf((await hq.get(`/api/items?q=${encodeURIComponent('海上风电')}`)).body)).toEqual(['2-03']);
    expect(codesOf((await hq.get(`/api/items?q=${encodeURIComponent('清洁能源')}`)).body)).toEqual(['1-01', '2-03']);
    expect(codesOf((await hq.get(`/api/items?q=${encodeURIComponent('100%_')}`)).body)).toEqual([]);
  });

  it('paginates and sorts', async () => {
    const page = await hq.get('/api/items?page=2&pageSize=2&sort=code&order=desc');
    expect(codesOf(page.body)).toEqual(['2-01', '1-02']);
    expect(page.json()).toMatchObject({ total: 5, page: 2, pageSize: 2 });
  });

  it('a page past the end is empty and still tells how many items there are', async () => {
    const page = await hq.get('/api/items?page=9&pageSize=2');
    expect(page.json()).toMatchObject({ items: [], total: 5, page: 9 });
    const filtered = await hq.get(`/api/items?page=9&pageSize=2&department=${encodeURIComponent('市发改委')}`);
    expect(filtered.json()).toMatchObject({ items: [], total: 2 });
  });

  it('an item without leader or department shows the gap instead of a name', async () => {
    const body = (await hq.get(`/api/items/${ids.orphan}`)).json();
    expect(body.item.responsibility).toMatchObject({ leader: null, leadDepartment: null, isComplete: false });
    expect(body.item.responsibility.gapsZh).toContain('责任链不完整');
  });

  it('an unknown department name is a 400 naming the field', async () => {
    const response = await hq.get(`/api/items?department=${encodeURIComponent('不存在的局')}`);
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code: 'UNKNOWN_REFERENCE', details: { field: 'department' } });
  });
});

describe('department scope', () => {
  it('a department sees only the items it leads or co-operates on', async () => {
    expect(codesOf((await staff.get('/api/items')).body)).toEqual(['1-01', '1-02']);
    const ledgers = (await staff.get('/api/ledgers')).json().ledgers as { kind: string; itemCount: number }[];
    expect(ledgers.find((l) => l.kind === 'master')?.itemCount).toBe(2);
    expect(ledgers.find((l) => l.kind === 'innovations')?.itemCount).toBe(0);
  });

  it("another department's item is a 404, for reading and for writing, and nothing changes", async () => {
    expect((await staff.get(`/api/items/${ids.other}`)).statusCode).toBe(404);
    const write = await manager.patch(`/api/items/${ids.other}`, { version: 1, title: '篡改' });
    expect(write.statusCode).toBe(404);
    expect(write.json().error.code).toBe('NOT_FOUND');
    expect((await hq.get(`/api/items/${ids.other}`)).json().item.title).not.toBe('篡改');
  });

  it('a department may read its own item but not edit its core fields', async () => {
    expect((await manager.get(`/api/items/${ids.coOwned}`)).statusCode).toBe(200);
    expect((await manager.patch(`/api/items/${ids.own}`, { version: 1, title: '改名' })).statusCode).toBe(403);
  });
});

describe('editing items', () => {
  it('the office edits an item; the audit log keeps who, before and after', async () => {
    const response = await hq.patch(`/api/items/${ids.offshore}`, { version: 1, title: '加快清洁能源在建项目进度', coDepartmentIds: [ids.ownDept] });
    expect(response.statusCode).toBe(200);
    expect(response.json().item).toMatchObject({ title: '加快清洁能源在建项目进度', version: 2 });
    const audit = await t.db
      .selectFrom('auditLog')
      .selectAll()
      .where('entityType', '=', 'item')
      .where('entityId', '=', String(ids.offshore))
      .executeTakeFirstOrThrow();
    expect(audit.action).toBe('item.update');
    expect(JSON.parse(audit.before!).title).toBe('加快清洁能源在建项目');
    expect(JSON.parse(audit.after!).title).toBe('加快清洁能源在建项目进度');
    expect(audit.username).toMatch(/^hq_/);
    // Now co-operating, the department sees it.
    expect((await staff.get(`/api/items/${ids.offshore}`)).statusCode).toBe(200);
  });

  it('a stale version gets 409 and changes nothing', async () => {
    const current = (await hq.get(`/api/items/${ids.orphan}`)).json().item;
    expect((await hq.patch(`/api/items/${ids.orphan}`, { version: current.version, remarks: '第一次' })).statusCode).toBe(200);
    const stale = await hq.patch(`/api/items/${ids.orphan}`, { version: current.version, remarks: '第二次' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('STALE_VERSION');
    expect((await hq.get(`/api/items/${ids.orphan}`)).json().item.remarks).toBe('第一次');
  });

  it('invalid input gets 400 with the field named, in Chinese unless English is asked for', async () => {
    const response = await hq.patch(`/api/items/${ids.orphan}`, { version: 1, deadline: '2025-13-45' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('VALIDATION_FAILED');
    expect(response.json().error.details.fields[0].field).toBe('body.deadline');
    expect(response.json().error.message).toMatch(/[\u4e00-\u9fa5]/);
    const english = await t.app.inject({
      method: 'PATCH',
      url: `/api/items/${ids.orphan}`,
      headers: { cookie: hq.cookie, 'x-csrf-token': hq.csrfToken, 'accept-language': 'en-US,en' },
      payload: { version: 1, deadline: 'x' },
    });
    expect(english.json().error.message).toMatch(/not valid/);
  });

  it('text with an invisible control character (a NUL pasted from binary garbage) is refused naming the field, and nothing changes', async () => {
    const before = (await hq.get(`/api/items/${ids.orphan}`)).json().item;
    const response = await hq.patch(`/api/items/${ids.orphan}`, { version: before.version, remarks: '前\u0000后', measures: '正常文字\n第二行\t缩进' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code: 'VALIDATION_FAILED', details: { fields: [{ field: 'body.remarks' }] } });
    expect((await hq.get(`/api/items/${ids.orphan}`)).json().item).toMatchObject({ version: before.version, remarks: before.remarks });
    const search = await hq.get(`/api/items?q=${encodeURIComponent('推进\u0007')}`);
    expect(search.json().error.details.fields[0].field).toBe('querystring.q');
  });

  it('unknown fields are rejected rather than silently written', async () => {
    const response = await hq.patch(`/api/items/${ids.orphan}`, { version: 1, planId: 999 });
    expect(response.statusCode).toBe(400);
  });

  it('the office creates an item in two ledgers and a duplicate code is refused', async () => {
    const created = await hq.post('/api/items', {
      code: '1-09',
      title: '新增任务',
      ledgers: ['master', 'province_key_tasks'],
      areaCode: '1',
      leadDepartmentId: ids.ownDept,
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().item).toMatchObject({ code: '1-09', ledgers: ['master', 'province_key_tasks'], area: { code: '1' } });
    const duplicate = await hq.post('/api/items', { code: '1-09', title: '重复', ledgers: ['master'] });
    expect(duplicate.statusCode).toBe(409);
  });

  it('a reference to a department of another organisation is refused', async () => {
    const elsewhere = await buildPlan(t.db);
    const foreign = await buildDepartment(t.db, elsewhere);
    const response = await hq.patch(`/api/items/${ids.orphan}`, { version: 99, leadDepartmentId: foreign.id });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('UNKNOWN_REFERENCE');
  });
});

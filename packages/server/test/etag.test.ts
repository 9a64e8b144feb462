import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildItem, buildPlan, buildUser, TEST_PASSWORD } from './support/factories.js';
import type { PlanFixture } from './support/factories.js';
import type { Session, TestApp } from './support/test-app.js';
import { createTestApp, loginAs } from './support/test-app.js';

/** Read-mostly pages carry an ETag; asking again with it costs no body until the data changes. */
let t: TestApp;
let plan: PlanFixture;
let hq: Session;
let itemId: number;

beforeAll(async () => {
  t = await createTestApp();
  plan = await buildPlan(t.db);
  itemId = (await buildItem(t.db, plan, { code: '1-01', ledgers: ['master'] })).id;
  hq = await loginAs(t.app, (await buildUser(t.db, plan, 'hq')).username, TEST_PASSWORD);
});

afterAll(async () => {
  await t.close();
});

describe('ETag', () => {
  for (const url of ['/api/items?pageSize=50', '/api/dashboard/summary?asOf=2023Q2', '/api/ledgers']) {
    it(`${url} answers 304 with no body to a request that still holds its ETag`, async () => {
      const first = await hq.get(url);
      const etag = first.headers.etag as string;
      expect(etag).toMatch(/^"[\w-]{20,}"$/);
      expect(first.headers['cache-control']).toBe('no-store');
      const again = await hq.get(url, { 'if-none-match': etag });
      expect(again.statusCode).toBe(304);
      expect(again.body).toBe('');
      expect((await hq.get(url, { 'if-none-match': '"something-else"' })).statusCode).toBe(200);
    });
  }

  it('a changed item gets a new ETag, so the holder of the old one gets the new answer', async () => {
    const before = await hq.get(`/api/items/${itemId}`);
    const etag = before.headers.etag as string;
    const version = before.json().item.version as number;
    expect((await hq.patch(`/api/items/${itemId}`, { version, title: '改过的标题' })).statusCode).toBe(200);
    const after = await hq.get(`/api/items/${itemId}`, { 'if-none-match': etag });
    expect(after.statusCode).toBe(200);
    expect(after.headers.etag).not.toBe(etag);
    expect(after.json().item.title).toBe('改过的标题');
  });
});

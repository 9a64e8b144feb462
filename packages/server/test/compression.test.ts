import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { capabilityTable } from '../src/auth/capabilities.js';
import { chooseEncoding } from '../src/shared/compression.js';
import { buildItem, buildPlan, buildUser, TEST_PASSWORD } from './support/factories.js';
import type { Session, TestApp } from './support/test-app.js';
import { createTestApp, loginAs } from './support/test-app.js';

/** API answers travel compressed to a client that accepts it, and a held ETag still costs no body. */
let t: TestApp;
let hq: Session;
const LIST = '/api/items?pageSize=50';

beforeAll(async () => {
  t = await createTestApp({
    beforeReady: (app) => {
      // A submission whose answer is large enough to be compressed.
      app.post('/api/test/large-submission', { config: { access: capabilityTable('probe', { office: ['hq'] }).office, idempotent: true } }, async () => ({
        text: '进展情况'.repeat(500),
      }));
    },
  });
  const plan = await buildPlan(t.db);
  for (let index = 1; index <= 30; index += 1) await buildItem(t.db, plan, { code: `1-${String(index).padStart(2, '0')}`, ledgers: ['master'] });
  hq = await loginAs(t.app, (await buildUser(t.db, plan, 'hq')).username, TEST_PASSWORD);
});

afterAll(async () => {
  await t.close();
});

const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers: { cookie: hq.cookie, ...headers } });

describe('compressed answers', () => {
  it('a client accepting br gets brotli, one accepting only gzip gets gzip, one accepting neither gets plain JSON — the same answer each time', async () => {
    const plain = await get(LIST);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toContain('Accept-Encoding');
    const brotli = await get(LIST, { 'accept-encoding': 'gzip, deflate, br' });
    expect(brotli.headers['content-encoding']).toBe('br');
    const gzip = await get(LIST, { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(brotliDecompressSync(brotli.rawPayload).toString())).toEqual(plain.json());
    expect(JSON.parse(gunzipSync(gzip.rawPayload).toString())).toEqual(plain.json());
    expect(brotli.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);
  });

  it('a compressed answer’s ETag, sent back, still gets 304 with no body', async () => {
    const first = await get(LIST, { 'accept-encoding': 'br' });
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^W\/"[\w-]{20,}"$/);
    const again = await get(LIST, { 'accept-encoding': 'br', 'if-none-match': etag });
    expect(again.statusCode).toBe(304);
    expect(again.rawPayload.length).toBe(0);
    // The same tag is good whatever the encoding the client now asks for.
    expect((await get(LIST, { 'if-none-match': etag })).statusCode).toBe(304);
  });

  it('a retried submission replays the answer it stored uncompressed, compressed again for whoever asks', async () => {
    const post = (acceptEncoding: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/test/large-submission',
        payload: {},
        headers: { cookie: hq.cookie, 'x-csrf-token': hq.csrfToken, 'idempotency-key': 'compression-replay-1', 'accept-encoding': acceptEncoding },
      });
    const first = await post('br');
    expect(first.headers['content-encoding']).toBe('br');
    const replayed = await post('identity');
    expect(replayed.headers['content-encoding']).toBeUndefined();
    expect(replayed.json()).toEqual(JSON.parse(brotliDecompressSync(first.rawPayload).toString()));
  });

  it('small answers go as they are', async () => {
    const small = await get('/api/auth/me', { 'accept-encoding': 'br' });
    expect(small.statusCode).toBe(200);
    expect(small.headers['content-encoding']).toBeUndefined();
  });

  it('reads Accept-Encoding as HTTP writes it: q=0 refuses an encoding, * accepts any', () => {
    expect(chooseEncoding('br;q=0, gzip')).toBe('gzip');
    expect(chooseEncoding('gzip;q=0, br;q=0')).toBeNull();
    expect(chooseEncoding('*')).toBe('br');
    expect(chooseEncoding('identity')).toBeNull();
    expect(chooseEncoding(undefined)).toBeNull();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { capabilityTable } from '../src/auth/capabilities.js';
import { hashRequestBody } from '../src/shared/idempotency.js';
import { nowIso } from '../src/shared/clock.js';
import type { PlanFixture } from './support/factories.js';
import { buildDepartment, buildItem, buildPlan, buildUser, TEST_PASSWORD } from './support/factories.js';
import type { Session, TestApp } from './support/test-app.js';
import { createTestApp, loginAs } from './support/test-app.js';

let t: TestApp;
let plan: PlanFixture;
let hq: Session;
let manager: Session;
let staff: Session;
let hqUserId: number;
let handlerRuns = 0;

/** A POST with an Idempotency-Key, sent with the session's cookie and CSRF token. */
function postWithKey(session: Session, url: string, key: string, payload: object) {
  return t.app.inject({
    method: 'POST',
    url,
    headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken, 'idempotency-key': key },
    payload,
  });
}

beforeAll(async () => {
  t = await createTestApp({
    beforeReady: (app) => {
      // A handler that counts its runs and takes a moment, so duplicates can overlap it.
      app.post(
        '/api/test/idempotent-count',
        { config: { access: capabilityTable('probe', { office: ['hq'] }).office, idempotent: true } },
        async (request, reply) => {
          handlerRuns += 1;
          await new Promise((resolve) => setTimeout(resolve, 300));
          return reply.code(201).send({ run: handlerRuns, body: request.body });
        },
      );
    },
  });
  plan = await buildPlan(t.db);
  const own = await buildDepartment(t.db, plan);
  const hqUser = await buildUser(t.db, plan, 'hq');
  hqUserId = hqUser.id;
  hq = await loginAs(t.app, hqUser.username, TEST_PASSWORD);
  manager = await loginAs(t.app, (await buildUser(t.db, plan, 'dept_manager', own.id)).username, TEST_PASSWORD);
  staff = await loginAs(t.app, (await buildUser(t.db, plan, 'dept_staff', own.id)).username, TEST_PASSWORD);
  const item = await buildItem(t.db, plan, { leadDepartmentId: own.id });
  expect((await hq.post('/api/cycles', { period: '2023Q2', deadline: '2023-07-07' })).statusCode).toBe(201);
  const draft = await staff.put(`/api/items/${item.id}/reports/2023Q2`, {
    progressState: 'in_progress',
    completionPercent: 40,
    progress: '完成方案编制',
    problems: null,
    nextSteps: null,
  });
  expect(draft.statusCode).toBe(200);
  reportId = draft.json().report.id;
});
afterAll(async () => t.close());

let reportId: number;

describe('Idempotency-Key on submissions', () => {
  it('a repeated report submission with the same key gets the first answer again, without submitting twice', async () => {
    const first = await postWithKey(manager, `/api/reports/${reportId}/submit`, 'submit-report-1', { version: 1 });
    expect(first.statusCode).toBe(200);
    expect(first.json().report).toMatchObject({ state: 'submitted', version: 2 });
    const auditRows = async () =>
      (await t.db.selectFrom('auditLog').select('id').where('entityType', '=', 'report').where('entityId', '=', String(reportId)).execute()).length;
    const auditedBefore = await auditRows();
    const again = await postWithKey(manager, `/api/reports/${reportId}/submit`, 'submit-report-1', { version: 1 });
    expect(again.statusCode).toBe(200);
    expect(again.body).toBe(first.body);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(await auditRows()).toBe(auditedBefore);
  });

  it('the same key with another body is refused with 422 IDEMPOTENCY_KEY_REUSED', async () => {
    const reused = await postWithKey(manager, `/api/reports/${reportId}/submit`, 'submit-report-1', { version: 7 });
    expect(reused.statusCode).toBe(422);
    expect(reused.json().error.code).toBe('IDEMPOTENCY_KEY_REUSED');
    const english = await t.app.inject({
      method: 'POST',
      url: `/api/reports/${reportId}/submit`,
      headers: { cookie: manager.cookie, 'x-csrf-token': manager.csrfToken, 'idempotency-key': 'submit-report-1', 'accept-language': 'en' },
      payload: { version: 7 },
    });
    expect(english.json().error.message).toContain('Idempotency-Key');
  });

  it('a repeat runs the handler once and returns the stored status and body, whatever the key order of the JSON', async () => {
    const before = handlerRuns;
    const first = await postWithKey(hq, '/api/test/idempotent-count', 'count-1', { a: 1, b: [1, 2] });
    const second = await t.app.inject({
      method: 'POST',
      url: '/api/test/idempotent-count',
      headers: { cookie: hq.cookie, 'x-csrf-token': hq.csrfToken, 'idempotency-key': 'count-1', 'content-type': 'application/json' },
      payload: '{ "b": [1, 2], "a": 1 }',
    });
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(201);
    expect(second.json()).toEqual(first.json());
    expect(handlerRuns).toBe(before + 1);
  });

  it('two concurrent duplicates: the second waits for the first and gets its answer; the handler runs once', async () => {
    const before = handlerRuns;
    const [a, b] = await Promise.all([
      postWithKey(hq, '/api/test/idempotent-count', 'concurrent-1', { n: 1 }),
      postWithKey(hq, '/api/test/idempotent-count', 'concurrent-1', { n: 1 }),
    ]);
    expect([a.statusCode, b.statusCode]).toEqual([201, 201]);
    expect(a.body).toBe(b.body);
    expect(handlerRuns).toBe(before + 1);
  });

  it('a duplicate whose first request is still running after the wait gets 409 IDEMPOTENCY_KEY_IN_PROGRESS', async () => {
    const body = { n: 2 };
    const now = nowIso();
    await t.db
      .insertInto('idempotencyKeys')
      .values({
        userId: hqUserId,
        key: 'stuck-1',
        request: 'POST /api/test/idempotent-count',
        requestHash: hashRequestBody('application/json', Buffer.from(JSON.stringify(body))),
        responseStatus: null,
        responseBody: null,
        createdAt: now,
        expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
      })
      .execute();
    const response = await postWithKey(hq, '/api/test/idempotent-count', 'stuck-1', body);
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('IDEMPOTENCY_KEY_IN_PROGRESS');
  }, 15_000);

  it('a key expires after 24 hours: the same key then runs the request afresh', async () => {
    const before = handlerRuns;
    await postWithKey(hq, '/api/test/idempotent-count', 'expiring-1', { n: 3 });
    await t.db
      .updateTable('idempotencyKeys')
      .set({ expiresAt: new Date(Date.now() - 1000).toISOString() })
      .where('key', '=', 'expiring-1')
      .execute();
    const stored = await t.db.selectFrom('idempotencyKeys').select('expiresAt').where('key', '=', 'concurrent-1').executeTakeFirstOrThrow();
    expect(new Date(stored.expiresAt).getTime() - Date.now()).toBeGreaterThan(23 * 3_600_000);
    const fresh = await postWithKey(hq, '/api/test/idempotent-count', 'expiring-1', { n: 3 });
    expect(fresh.headers['idempotent-replayed']).toBeUndefined();
    expect(handlerRuns).toBe(before + 2);
  });

  it('keys belong to their user: another user with the same key is not answered from it (here: refused by role)', async () => {
    const response = await postWithKey(manager, '/api/test/idempotent-count', 'count-1', { a: 1, b: [1, 2] });
    expect(response.statusCode).toBe(403);
    expect(response.headers['idempotent-replayed']).toBeUndefined();
  });

  it('the same key on another route is a reuse (422), and requests without a key are not affected', async () => {
    expect((await postWithKey(hq, '/api/test/idempotent-count', 'submit-report-1', { version: 1 })).statusCode).toBe(201);
    expect((await postWithKey(hq, `/api/reports/${reportId}/submit`, 'count-1', { version: 2 })).json().error.code).toBe('IDEMPOTENCY_KEY_REUSED');
    const before = handlerRuns;
    await hq.post('/api/test/idempotent-count', { n: 9 });
    await hq.post('/api/test/idempotent-count', { n: 9 });
    expect(handlerRuns).toBe(before + 2);
  });

  it('a multipart body is the same whatever boundary the client chose', () => {
    const form = (boundary: string) =>
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="ledger"\r\n\r\nmaster\r\n--${boundary}--\r\n`, 'latin1');
    const a = hashRequestBody('multipart/form-data; boundary=abc123', form('abc123'));
    const b = hashRequestBody('multipart/form-data; boundary=zzz999', form('zzz999'));
    const other = hashRequestBody('multipart/form-data; boundary=zzz999', Buffer.from(form('zzz999').toString('latin1').replace('master', 'pilots'), 'latin1'));
    expect(a).toBe(b);
    expect(a).not.toBe(other);
  });
});

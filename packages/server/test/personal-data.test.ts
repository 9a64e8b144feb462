import fs from 'node:fs';
import { Writable } from 'node:stream';
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { up as encryptExistingData } from '../src/db/migrations/2026-11-27T01-00-encrypt-personal-data.js';
import { decryptField } from '../src/shared/field-crypto.js';
import type { PlanFixture } from './support/factories.js';
import { buildDepartment, buildItem, buildPerson, buildPlan, buildUser, TEST_PASSWORD } from './support/factories.js';
import type { Session, TestApp } from './support/test-app.js';
import { createTestApp, loginAs } from './support/test-app.js';
import { TEST_KEY_ENV } from './support/test-keys.js';

let t: TestApp;
let plan: PlanFixture;
let hq: Session;
let departmentId: number;
const PHONES = ['13812340001', '0631-5280002'];

beforeAll(async () => {
  t = await createTestApp();
  plan = await buildPlan(t.db);
  departmentId = (await buildDepartment(t.db, plan)).id;
  hq = await loginAs(t.app, (await buildUser(t.db, plan, 'hq')).username, TEST_PASSWORD);
});
afterAll(async () => t.close());

describe('personal data at rest', () => {
  it('phones entered through the API are stored SM4-encrypted: no plaintext in the table, the audit log or the database file', async () => {
    const ids: number[] = [];
    for (const phone of PHONES) {
      const created = await hq.post('/api/people', { kind: 'staff', name: '加密测试', phone, departmentId });
      expect(created.statusCode).toBe(201);
      expect(created.json().person.phone).toBe(phone);
      ids.push(created.json().person.id);
    }
    await hq.patch(`/api/people/${ids[0]}`, { version: 1, phone: '13812340009' });
    const stored = await t.db.selectFrom('people').select('phone').where('id', 'in', ids).execute();
    for (const { phone } of stored) expect(phone).toMatch(/^sm4:1:/);
    for (const phone of [...PHONES, '13812340009']) {
      const inAudit = await t.db
        .selectFrom('auditLog')
        .select('id')
        .where((eb) => eb.or([eb('before', 'like', `%${phone}%`), eb('after', 'like', `%${phone}%`)]))
        .execute();
      expect(inAudit, phone).toEqual([]);
    }
    if (t.database.target.kind !== 'sqlite') return;
    // Everything committed into the main file, the WAL emptied: then read the file's raw bytes.
    await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(t.db);
    const bytes = fs.readFileSync(t.database.target.file);
    for (const phone of [...PHONES, '13812340009']) {
      expect(bytes.includes(Buffer.from(phone, 'utf8')), phone).toBe(false);
      expect(bytes.includes(Buffer.from(phone, 'utf16le')), phone).toBe(false);
    }
  });

  it("an item's page shows its staff member's phone decrypted to the office; the list masks it", async () => {
    const staff = await hq.post('/api/people', { kind: 'staff', name: '责任人', phone: '13700001234', departmentId });
    const item = await buildItem(t.db, plan, { leadDepartmentId: departmentId });
    await t.db.updateTable('items').set({ staffPersonId: staff.json().person.id }).where('id', '=', item.id).execute();
    const page = (await hq.get(`/api/items/${item.id}`)).json();
    expect(JSON.stringify(page)).toContain('13700001234');
    const list = (await hq.get(`/api/items?pageSize=200`)).json();
    const listed = JSON.stringify(list);
    expect(listed).toContain('137****1234');
    expect(listed).not.toContain('13700001234');
  });

  it('the migration encrypts plaintext phones and e-mail addresses already stored, and leaves encrypted ones alone', async () => {
    const person = await buildPerson(t.db, plan, { kind: 'staff', phone: '13600005678', departmentId });
    const user = await buildUser(t.db, plan, 'dept_staff', departmentId);
    await t.db.updateTable('users').set({ email: 'zhang@example.gov.cn' }).where('id', '=', user.id).execute();
    await encryptExistingData(t.db as unknown as Kysely<unknown>);
    const once = await t.db.selectFrom('people').select('phone').where('id', '=', person.id).executeTakeFirstOrThrow();
    const email = await t.db.selectFrom('users').select('email').where('id', '=', user.id).executeTakeFirstOrThrow();
    expect(once.phone).toMatch(/^sm4:1:/);
    expect(decryptField(once.phone)).toBe('13600005678');
    expect(email.email).toMatch(/^sm4:1:/);
    expect(decryptField(email.email)).toBe('zhang@example.gov.cn');
    await encryptExistingData(t.db as unknown as Kysely<unknown>);
    const twice = await t.db.selectFrom('people').select('phone').where('id', '=', person.id).executeTakeFirstOrThrow();
    expect(twice.phone).toBe(once.phone);
  });
});

describe('personal data in logs', () => {
  it('a request with a phone (and a password) in its body leaves neither in the log', async () => {
    let logged = '';
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        logged += chunk.toString('utf8');
        done();
      },
    });
    const config = { ...loadConfig({ ...TEST_KEY_ENV }), database: t.database.target, logLevel: 'trace' as const };
    const app = await buildApp({ db: t.db, dbKind: t.database.kind, config }, { logStream: stream });
    // A probe that logs the body the way a careless handler would: redaction must still hold.
    app.post('/api/test/log-probe', { config: { access: 'public', isCsrfExempt: true } }, async (request) => {
      request.log.info({ body: request.body, req: { body: request.body } }, 'probe');
      return { ok: true };
    });
    await app.ready();
    try {
      const session = await loginAs(app, (await buildUser(t.db, plan, 'hq')).username, TEST_PASSWORD);
      expect((await session.post('/api/people', { kind: 'staff', name: '日志测试', phone: '13512349876', departmentId })).statusCode).toBe(201);
      const probe = await app.inject({
        method: 'POST',
        url: '/api/test/log-probe',
        payload: { person: { phone: '13512349876', email: 'li@example.gov.cn' }, password: TEST_PASSWORD, totp: '123456' },
      });
      expect(probe.statusCode).toBe(200);
    } finally {
      await app.close();
    }
    expect(logged).toContain('probe');
    expect(logged).toContain('[Redacted]');
    for (const secret of ['13512349876', 'li@example.gov.cn', TEST_PASSWORD, '123456']) expect(logged, secret).not.toContain(secret);
  });
});

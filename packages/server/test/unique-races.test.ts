import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanFixture } from './support/factories.js';
import { buildPlan, buildUser, TEST_PASSWORD } from './support/factories.js';
import type { Session, TestApp } from './support/test-app.js';
import { createTestApp, loginAs } from './support/test-app.js';

/**
 * Two requests creating the same thing at once: the service checks for a duplicate and then inserts,
 * and on PostgreSQL both can pass the check, so the second meets the unique constraint. That is the
 * caller's conflict (409 DUPLICATE), never a 500.
 */
let t: TestApp;
let plan: PlanFixture;
let hq: Session;
let sysadmin: Session;

beforeAll(async () => {
  t = await createTestApp();
  plan = await buildPlan(t.db);
  hq = await loginAs(t.app, (await buildUser(t.db, plan, 'hq')).username, TEST_PASSWORD);
  sysadmin = await loginAs(t.app, (await buildUser(t.db, plan, 'sysadmin')).username, TEST_PASSWORD);
});
afterAll(async () => t.close());

const RACED_NAME = '测试市竞争局';

/**
 * Plays the other writer: when the service inserts a department named RACED_NAME, a trigger inserts
 * one of that name first — after the service's check, before its insert, as a concurrent request would.
 */
async function installRivalWriter(): Promise<() => Promise<void>> {
  const rival = sql`(organisation_id, name, short_name, kind, created_at, updated_at) values (NEW.organisation_id, NEW.name, '他人所建', NEW.kind, NEW.created_at, NEW.updated_at)`;
  if (t.database.kind === 'postgres') {
    await sql`create function test_rival_writer() returns trigger language plpgsql as $$ begin insert into departments ${rival}; return NEW; end $$`.execute(
      t.db,
    );
    await sql`create trigger test_rival_writer before insert on departments for each row when (NEW.name = ${sql.lit(RACED_NAME)} and pg_trigger_depth() < 1) execute function test_rival_writer()`.execute(
      t.db,
    );
    return async () => {
      await sql`drop trigger test_rival_writer on departments`.execute(t.db);
      await sql`drop function test_rival_writer()`.execute(t.db);
    };
  }
  await sql`create trigger test_rival_writer before insert on departments when NEW.name = ${sql.lit(RACED_NAME)} begin insert into departments ${rival}; end`.execute(
    t.db,
  );
  return async () => void (await sql`drop trigger test_rival_writer`.execute(t.db));
}

describe('creating the same record twice at once', () => {
  it('a department inserted by someone else between the check and the insert answers 409 DUPLICATE, keeps nothing and is audited', async () => {
    const removeRival = await installRivalWriter();
    try {
      const response = await hq.post('/api/departments', { name: RACED_NAME, shortName: '市竞争局' });
      expect(response.statusCode, response.body).toBe(409);
      expect(response.json().error).toMatchObject({ code: 'DUPLICATE', message: '已存在相同编号或名称的记录' });
    } finally {
      await removeRival();
    }
    // The failed statement took the rival's row with it; nothing half-written remains.
    const stored = await t.db.selectFrom('departments').select('id').where('organisationId', '=', plan.organisationId).where('name', '=', RACED_NAME).execute();
    expect(stored).toEqual([]);
    const failed = await t.db
      .selectFrom('auditLog')
      .select(['outcome', 'after'])
      .where('action', '=', 'request.failed')
      .where('entityId', '=', 'POST /api/departments')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(failed.outcome).toBe('failure');
    expect(JSON.parse(failed.after!)).toMatchObject({ code: 'DUPLICATE' });
  });

  it('two identical department creates sent together: one is created, the other gets 409', async () => {
    const body = { name: '测试市同名局', shortName: '市同名局' };
    const statuses = (await Promise.all([hq.post('/api/departments', body), hq.post('/api/departments', body)])).map((r) => r.statusCode);
    expect(statuses.sort()).toEqual([201, 409]);
  });

  it('two identical user creates sent together: one account, the other gets 409', async () => {
    const body = { username: 'twin_user', password: 'Twin-pass-2024!', role: 'hq', displayName: '同名用户' };
    const responses = await Promise.all([sysadmin.post('/api/users', body), sysadmin.post('/api/users', body)]);
    expect(responses.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect(responses.find((r) => r.statusCode === 409)!.json().error.code).toBe('DUPLICATE');
    expect(await t.db.selectFrom('users').select('id').where('username', '=', 'twin_user').execute()).toHaveLength(1);
  });
});

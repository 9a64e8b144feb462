import { addDaysToDate, todayInShanghai } from '@plantrack/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAuditEntry } from '../src/audit/audit.repository.js';
import { verifyAuditChain } from '../src/audit/verify-audit-chain.js';
import { loadConfig } from '../src/config.js';
import { buildDepartment, buildPlan, buildUser, TEST_PASSWORD } from './support/factories.js';
import { cliEnvironment, runPlantrack } from './support/run-plantrack.js';
import type { TestApp } from './support/test-app.js';
import { createTestApp, loginAs } from './support/test-app.js';

let t: TestApp;
const today = todayInShanghai();
const yearsAgo = (years: number) => addDaysToDate(today, -365 * years);

/** A row as if it had been written on that (Shanghai) date: the chain is built the same way. */
async function appendOldRow(date: string, action: string): Promise<void> {
  await appendAuditEntry(t.db, {
    at: new Date(`${date}T10:00:00+08:00`).toISOString(),
    organisationId: null,
    userId: null,
    username: 'system',
    action,
    entityType: 'test',
    entityId: null,
    before: null,
    after: null,
    ip: null,
    requestId: null,
    outcome: 'success',
  });
}

const plantrack = (...args: string[]) => runPlantrack(cliEnvironment(t.database.target), ...args);
const countRows = async () => (await t.db.selectFrom('auditLog').select('id').execute()).length;

beforeAll(async () => {
  t = await createTestApp();
  // The oldest rows first: a purge removes the head of the chain.
  await appendOldRow(yearsAgo(3), 'test.three_years_ago');
  await appendOldRow(yearsAgo(2), 'test.two_years_ago');
  await appendOldRow(addDaysToDate(today, -200), 'test.two_hundred_days_ago');
  const plan = await buildPlan(t.db);
  const department = await buildDepartment(t.db, plan);
  const hq = await loginAs(t.app, (await buildUser(t.db, plan, 'hq')).username, TEST_PASSWORD);
  await hq.patch(`/api/departments/${department.id}`, { version: 1, note: '近期的改动' });
});
afterAll(async () => t.close());

describe('keeping and purging the audit log', () => {
  it('a retention shorter than 180 days is refused at start; the default is 365', () => {
    expect(() => loadConfig({ PLANTRACK_AUDIT_RETENTION_DAYS: '90' })).toThrow(/180/);
    expect(loadConfig({}).audit.retentionDays).toBe(365);
    expect(loadConfig({ PLANTRACK_AUDIT_RETENTION_DAYS: '180' }).audit.retentionDays).toBe(180);
  });

  it('a purge reaching into the retention window is refused with a non-zero exit, and nothing is deleted', async () => {
    const before = await countRows();
    // Default retention 365 days: a date 200 days back is inside it.
    const result = await plantrack('audit', 'purge', '--before', addDaysToDate(today, -200));
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('365');
    expect(await countRows()).toBe(before);
  });

  it('purging rows older than the retention window keeps the rest verifiable, and the purge is recorded', async () => {
    const result = await plantrack('audit', 'purge', '--before', yearsAgo(1));
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('已删除 2 条');
    const actions = (await t.db.selectFrom('auditLog').select('action').orderBy('id').execute()).map((row) => row.action);
    expect(actions).not.toContain('test.three_years_ago');
    expect(actions).not.toContain('test.two_years_ago');
    expect(actions[0]).toBe('test.two_hundred_days_ago');
    const purge = await t.db.selectFrom('auditLog').selectAll().where('action', '=', 'audit.purge').executeTakeFirstOrThrow();
    expect(JSON.parse(purge.after!)).toMatchObject({ deleted: 2, before: yearsAgo(1) });
    const verify = await plantrack('audit', 'verify');
    expect(verify.code, verify.stderr).toBe(0);
    expect(verify.stdout).toContain('OK');
  });

  it('after a purge, deleting the oldest row left is still caught', async () => {
    const oldest = await t.db.selectFrom('auditLog').select('id').orderBy('id').limit(2).execute();
    const row = await t.db.selectFrom('auditLog').selectAll().where('id', '=', oldest[0]!.id).executeTakeFirstOrThrow();
    await t.db.deleteFrom('auditLog').where('id', '=', row.id).execute();
    expect((await verifyAuditChain(t.db)).broken).toMatchObject({ rowId: oldest[1]!.id, problem: 'link_broken' });
    // Put it back as it was: the chain is whole again.
    await t.db.insertInto('auditLog').values(row).execute();
    expect((await verifyAuditChain(t.db)).broken).toBeNull();
  });

  it('a purge with nothing old enough deletes nothing and says so', async () => {
    const before = await countRows();
    const result = await plantrack('audit', 'purge', '--before', yearsAgo(5));
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('nothing to purge');
    expect(await countRows()).toBe(before);
  });
});

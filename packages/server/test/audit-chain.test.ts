import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GENESIS_HASH } from '../src/audit/audit-chain.js';
import { appendPreparedAudits, prepareAudits } from '../src/audit/audit.service.js';
import { verifyAuditChain } from '../src/audit/verify-audit-chain.js';
import { buildDepartment, buildPlan, buildUser, TEST_PASSWORD } from './support/factories.js';
import { cliEnvironment, runPlantrack } from './support/run-plantrack.js';
import type { Session, TestApp } from './support/test-app.js';
import { createTestApp, loginAs } from './support/test-app.js';

// Each test tampers with (or relies on) a chain of its own, so each gets its own database.
let t: TestApp;
let hq: Session;
let departmentIds: number[];

beforeEach(async () => {
  t = await createTestApp();
  const plan = await buildPlan(t.db);
  departmentIds = [];
  for (let i = 0; i < 3; i += 1) departmentIds.push((await buildDepartment(t.db, plan)).id);
  hq = await loginAs(t.app, (await buildUser(t.db, plan, 'hq')).username, TEST_PASSWORD);
  for (const id of departmentIds) await hq.patch(`/api/departments/${id}`, { version: 1, note: `备注${id}` });
});
afterEach(async () => t.close());

const plantrack = (...args: string[]) => runPlantrack(cliEnvironment(t.database.target), ...args);
const auditRows = () => t.db.selectFrom('auditLog').selectAll().orderBy('id').execute();

describe('the audit log as a hash chain', () => {
  it('every row links to the one before it, from the start of the chain, and `plantrack audit verify` says OK', async () => {
    const rows = await auditRows();
    expect(rows.length).toBeGreaterThanOrEqual(4);
    expect(rows[0]!.prevHash).toBe(GENESIS_HASH);
    rows.slice(1).forEach((row, index) => expect(row.prevHash).toBe(rows[index]!.hash));
    const result = await plantrack('audit', 'verify');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('OK');
    expect(result.stdout).toContain(`${rows.length} `);
  });

  it('changing one row directly in the database makes verify name that row, with a non-zero exit', async () => {
    const rows = await auditRows();
    const target = rows.find((row) => row.action === 'department.update')!;
    await t.db.updateTable('auditLog').set({ after: '{"note":"改过的"}' }).where('id', '=', target.id).execute();
    const result = await plantrack('audit', 'verify');
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain(`row id=${target.id} problem=content_changed`);
    expect(result.stderr).toContain('被改动');
  });

  it('deleting a row makes verify name the row after the gap', async () => {
    const rows = await auditRows();
    const [deleted, next] = [rows[1]!, rows[2]!];
    await t.db.deleteFrom('auditLog').where('id', '=', deleted.id).execute();
    const result = await plantrack('audit', 'verify');
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain(`row id=${next.id} problem=link_broken`);
    expect(result.stderr).toContain(`第 ${rows[0]!.id} 条`);
  });

  it('deleting the first rows is caught too: the oldest row left no longer starts the chain', async () => {
    const rows = await auditRows();
    await t.db.deleteFrom('auditLog').where('id', '<=', rows[1]!.id).execute();
    const report = await verifyAuditChain(t.db);
    expect(report.broken).toMatchObject({ rowId: rows[2]!.id, problem: 'link_broken' });
  });

  it('a row whose hash was recomputed without the key does not pass', async () => {
    const rows = await auditRows();
    const last = rows[rows.length - 1]!;
    // Whoever edits the database can rewrite the hash, but not with the key, which it does not hold.
    await t.db
      .updateTable('auditLog')
      .set({ username: 'someone_else', hash: 'f'.repeat(64) })
      .where('id', '=', last.id)
      .execute();
    expect((await verifyAuditChain(t.db)).broken).toMatchObject({ rowId: last.id, problem: 'content_changed' });
  });

  it('rows appended by many concurrent requests, and by failed logins outside any transaction, form one unbroken chain', async () => {
    const changes = departmentIds.flatMap((id) => [2, 3, 4].map((version) => ({ id, version })));
    const responses = await Promise.all([
      // Several versions of one department race: the stale ones fail (and that failure is audited too).
      ...changes.map(({ id, version }) => hq.patch(`/api/departments/${id}`, { version, note: `并发${version}` })),
      ...Array.from({ length: 5 }, () => t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'nobody', password: 'wrong-password' } })),
    ]);
    expect(responses.every((response) => response.statusCode < 500)).toBe(true);
    const report = await verifyAuditChain(t.db);
    expect(report.broken).toBeNull();
    const rows = await auditRows();
    expect(report.rowCount).toBe(rows.length);
    expect(rows.filter((row) => row.action === 'auth.login' && row.outcome === 'denied')).toHaveLength(5);
  });

  it("an import's thousands of rows, written a batch at a time, link one to the next and to what came before", async () => {
    const changes = Array.from({ length: 2300 }, (_, index) => ({
      action: 'item.import_create',
      entityType: 'item',
      entityId: index + 1,
      after: { code: `9-${index}` },
    }));
    await t.db.transaction().execute((trx) => appendPreparedAudits(trx, prepareAudits(null, changes)));
    const report = await verifyAuditChain(t.db);
    expect(report.broken).toBeNull();
    const rows = await auditRows();
    expect(report.rowCount).toBe(rows.length);
    expect(rows.filter((row) => row.action === 'item.import_create').map((row) => row.entityId)).toEqual(changes.map((change) => String(change.entityId)));
  });
});

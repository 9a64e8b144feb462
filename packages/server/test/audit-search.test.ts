import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAuditEntry } from '../src/audit/audit.repository.js';
import { buildChildOrganisation, buildDepartment, buildPerson, buildPlan, buildUser, TEST_PASSWORD } from './support/factories.js';
import type { PlanFixture } from './support/factories.js';
import type { Session, TestApp } from './support/test-app.js';
import { createTestApp, loginAs } from './support/test-app.js';

let t: TestApp;
let plan: PlanFixture;
let auditor: Session;
let hq: Session;
let manager: Session;
let departmentId: number;
let leaderId: number;

/** A row at a chosen instant, in this plan's organisation, chained like any other. */
async function appendRowAt(at: string, action: string, entityId: string): Promise<void> {
  await appendAuditEntry(t.db, {
    at,
    organisationId: plan.organisationId,
    userId: null,
    username: 'system',
    action,
    entityType: 'search_probe',
    entityId,
    before: null,
    after: null,
    ip: null,
    requestId: null,
    outcome: 'success',
  });
}

beforeAll(async () => {
  t = await createTestApp();
  plan = await buildPlan(t.db);
  departmentId = (await buildDepartment(t.db, plan)).id;
  leaderId = (await buildPerson(t.db, plan, { kind: 'leader' })).id;
  auditor = await loginAs(t.app, (await buildUser(t.db, plan, 'auditor')).username, TEST_PASSWORD);
  hq = await loginAs(t.app, (await buildUser(t.db, plan, 'hq')).username, TEST_PASSWORD);
  manager = await loginAs(t.app, (await buildUser(t.db, plan, 'dept_manager', departmentId)).username, TEST_PASSWORD);
  // 2024-03-01 00:30 in Shanghai is still 29 February in UTC: the day boundary is Shanghai's.
  await appendRowAt('2024-02-29T16:30:00.000Z', 'probe.first_of_march', '=HYPERLINK("http://evil.example/")');
  await appendRowAt('2024-03-02T15:59:59.000Z', 'probe.second_of_march', '+86 123');
  await appendRowAt('2024-03-02T16:00:00.000Z', 'probe.third_of_march', '@SUM(A1)');
});
afterAll(async () => t.close());

describe('searching the audit log', () => {
  it('by a date range in Shanghai days, both ends included, with times shown at +08:00', async () => {
    const response = await auditor.get('/api/audit?entityType=search_probe&from=2024-03-01&to=2024-03-02');
    expect(response.statusCode).toBe(200);
    const entries = response.json().entries as { action: string; at: string }[];
    expect(entries.map((e) => e.action)).toEqual(['probe.second_of_march', 'probe.first_of_march']);
    expect(entries[1]!.at).toBe('2024-03-01T00:30:00.000+08:00');
    const instant = await auditor.get(`/api/audit?entityType=search_probe&from=${encodeURIComponent('2024-03-03T00:00:00+08:00')}`);
    expect(instant.json().entries.map((e: { action: string }) => e.action)).toEqual(['probe.third_of_march']);
  });

  it('by free text in the action or the object, case and wildcards taken literally', async () => {
    const byAction = (await auditor.get('/api/audit?q=SECOND_OF')).json();
    expect(byAction.entries.map((e: { action: string }) => e.action)).toEqual(['probe.second_of_march']);
    expect((await auditor.get(`/api/audit?q=${encodeURIComponent('evil.example')}`)).json().total).toBe(1);
    expect((await auditor.get(`/api/audit?q=${encodeURIComponent('probe%march')}`)).json().total).toBe(0);
  });

  it('reading the log is itself recorded, with what was looked for', async () => {
    await auditor.get('/api/audit?q=first_of');
    const reads = (await auditor.get('/api/audit?action=audit.read')).json().entries as { after: { q?: string } }[];
    expect(reads.some((entry) => entry.after.q === 'first_of')).toBe(true);
  });

  it('an invalid date is a 400 naming the field', async () => {
    const response = await auditor.get('/api/audit?from=2024-02-30');
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.fields[0].field).toMatch(/^querystring\.from/);
  });
});

describe('exporting the audit log', () => {
  it('the auditor downloads CSV with a BOM, formula-like text neutralised, and the export is recorded', async () => {
    const response = await auditor.get('/api/audit/export?format=csv&entityType=search_probe');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    expect(String(response.headers['content-disposition'])).toContain('audit-log-');
    const text = response.rawPayload.toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toContain('2024-03-01T00:30:00.000+08:00');
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://evil.example/"")"`);
    expect(lines[2]).toContain(",'+86 123,");
    expect(lines[3]).toContain(",'@SUM(A1),");
    const exports = (await auditor.get('/api/audit?action=audit.export')).json().entries;
    expect(exports[0].after).toMatchObject({ entityType: 'search_probe', format: 'csv', rowCount: 3 });
  });

  it('no one but the auditor may export (403, and the attempt is audited)', async () => {
    expect((await hq.get('/api/audit/export')).statusCode).toBe(403);
    const denied = (await auditor.get(`/api/audit?action=access.denied&entityId=${encodeURIComponent('GET /api/audit/export')}`)).json();
    expect(denied.total).toBe(1);
  });
});

describe('what the audit log records', () => {
  it("a phone in a change's before and after is shown to the auditor masked", async () => {
    const created = await hq.post('/api/people', { kind: 'leader', name: '审计测试', phone: '13912345678' });
    const entry = (await auditor.get(`/api/audit?entityType=person&entityId=${created.json().person.id}`)).json().entries[0];
    expect(entry.after.phone).toBe('139****5678');
    expect(JSON.stringify(entry)).not.toContain('13912345678');
  });

  it("a denial by a service's policy is recorded with who, where and which object", async () => {
    // The route admits department heads; the service refuses them the leaders.
    const response = await manager.patch(`/api/people/${leaderId}`, { version: 1, name: '改名' });
    expect([403, 404]).toContain(response.statusCode);
    const add = await manager.post('/api/people', { kind: 'leader', name: '新领导' });
    expect(add.statusCode).toBe(403);
    const denied = (await auditor.get(`/api/audit?action=access.denied&entityId=${encodeURIComponent('POST /api/people')}`)).json();
    expect(denied.entries[0]).toMatchObject({ outcome: 'denied', username: expect.stringMatching(/^dept_manager_/), after: { code: 'FORBIDDEN' } });
    expect(denied.entries[0].ip).toBeTruthy();
  });

  it('a change that fails is recorded with its outcome and error code', async () => {
    const stale = await hq.patch(`/api/departments/${departmentId}`, { version: 99, note: '过期的版本' });
    expect(stale.statusCode).toBe(409);
    const failed = (await auditor.get(`/api/audit?action=request.failed&entityId=${encodeURIComponent('PATCH /api/departments/:id')}`)).json();
    expect(failed.entries[0]).toMatchObject({ outcome: 'failure', after: { code: 'STALE_VERSION', params: { id: departmentId } } });
  });

  it('failed logins of unknown usernames are shown to the auditor of the deployment’s organisation, not to a district’s', async () => {
    await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'no-such-user-x', password: 'wrong-password' } });
    const entries = (await auditor.get('/api/audit?action=auth.login&entityId=no-such-user-x')).json().entries;
    expect(entries[0]).toMatchObject({ outcome: 'denied', username: 'anonymous', ip: expect.any(String), at: expect.stringMatching(/\+08:00$/) });
    expect((await auditor.get('/api/audit/export?action=auth.login&entityId=no-such-user-x')).body).toContain('no-such-user-x');

    const district = await buildChildOrganisation(t.db, plan);
    const districtAuditorUser = await buildUser(t.db, { ...plan, organisationId: district.id }, 'auditor');
    const districtAuditor = await loginAs(t.app, districtAuditorUser.username, TEST_PASSWORD);
    expect((await districtAuditor.get('/api/audit?action=auth.login&entityId=no-such-user-x')).json().total).toBe(0);
    // Its own organisation's security events it does see: its auditor's own login.
    const own = (await districtAuditor.get(`/api/audit?action=auth.login&userId=${districtAuditorUser.id}`)).json();
    expect(own.entries.map((e: { outcome: string }) => e.outcome)).toEqual(['success']);
  });
});

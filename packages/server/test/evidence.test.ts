import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanFixture } from './support/factories.js';
import { buildCycle, buildDepartment, buildItem, buildPlan, buildReport, buildUser, TEST_PASSWORD } from './support/factories.js';
import { postMultipart, uploadFile } from './support/multipart.js';
import type { Session, TestApp } from './support/test-app.js';
import { createTestApp, loginAs } from './support/test-app.js';

let t: TestApp;
let plan: PlanFixture;
let hq: Session;
let leader: Session;
let staff: Session;
let manager: Session;
let otherStaff: Session;
let ownId: number;
let cycle: { id: number; period: string };

const pdf = (text: string) => Buffer.from(`%PDF-1.4\n% ${text}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`);
const sha256 = (content: Buffer) => createHash('sha256').update(content).digest('hex');

/** Every file under the data folder's evidence store, temporary ones included. */
function storedFiles(): string[] {
  const root = path.join(t.dataDir, 'evidence');
  if (!fs.existsSync(root)) return [];
  return fs
    .readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

async function evidenceRows(reportId: number) {
  return t.db.selectFrom('evidenceFiles').selectAll().where('reportId', '=', reportId).execute();
}

/** A draft report of the caller's department, in the open cycle, on an item of its own. */
async function draftReport() {
  const item = await buildItem(t.db, plan, { leadDepartmentId: ownId });
  return buildReport(t.db, cycle, item.id);
}

beforeAll(async () => {
  t = await createTestApp({ tempDataDir: true });
  plan = await buildPlan(t.db);
  const own = await buildDepartment(t.db, plan);
  const other = await buildDepartment(t.db, plan);
  ownId = own.id;
  cycle = await buildCycle(t.db, plan, { period: '2023Q2' });
  hq = await loginAs(t.app, (await buildUser(t.db, plan, 'hq')).username, TEST_PASSWORD);
  leader = await loginAs(t.app, (await buildUser(t.db, plan, 'leader')).username, TEST_PASSWORD);
  staff = await loginAs(t.app, (await buildUser(t.db, plan, 'dept_staff', own.id)).username, TEST_PASSWORD);
  manager = await loginAs(t.app, (await buildUser(t.db, plan, 'dept_manager', own.id)).username, TEST_PASSWORD);
  otherStaff = await loginAs(t.app, (await buildUser(t.db, plan, 'dept_staff', other.id)).username, TEST_PASSWORD);
});
afterAll(async () => t.close());

describe('evidence files (佐证材料)', () => {
  it('a department uploads a PDF to its draft report and everyone who may read the item downloads it unchanged', async () => {
    const report = await draftReport();
    const content = pdf('季度进展佐证');
    const uploaded = await uploadFile(t.app, staff, `/api/reports/${report.id}/evidence`, '2023年二季度推进情况.pdf', content, 'application/pdf');
    expect(uploaded.statusCode).toBe(201);
    const evidence = uploaded.json().evidence;
    expect(evidence).toMatchObject({ originalName: '2023年二季度推进情况.pdf', mimeType: 'application/pdf', sizeBytes: content.length });
    expect(fs.existsSync(path.join(t.dataDir, 'evidence', sha256(content).slice(0, 2), sha256(content)))).toBe(true);

    for (const reader of [staff, manager, hq, leader]) {
      const download = await reader.get(`/api/evidence/${evidence.id}`);
      expect(download.statusCode).toBe(200);
      expect(download.rawPayload.equals(content)).toBe(true);
      expect(download.headers['content-type']).toBe('application/pdf');
      expect(download.headers['x-content-type-options']).toBe('nosniff');
      expect(download.headers['content-disposition']).toBe(
        `attachment; filename="evidence-${evidence.id}.pdf"; filename*=UTF-8''${encodeURIComponent('2023年二季度推进情况.pdf')}`,
      );
    }
    const shown = (await staff.get(`/api/reports/${report.id}`)).json().report.evidence;
    expect(shown).toEqual([{ ...evidence, downloadUrl: `/api/evidence/${evidence.id}` }]);
    expect(shown[0]).not.toHaveProperty('sha256');
    const audit = await t.db.selectFrom('auditLog').selectAll().where('action', '=', 'evidence.upload').where('entityId', '=', String(evidence.id)).execute();
    expect(audit).toHaveLength(1);
  });

  it('a renamed executable (ELF or MZ header, .pdf name) is refused in Chinese; nothing is stored and no temporary file is left', async () => {
    const report = await draftReport();
    const before = storedFiles();
    const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01]), randomBytes(2000)]);
    const mz = Buffer.concat([Buffer.from('MZ'), randomBytes(2000)]);
    for (const content of [elf, mz]) {
      const refused = await uploadFile(t.app, staff, `/api/reports/${report.id}/evidence`, '工作总结.pdf', content, 'application/pdf');
      expect(refused.statusCode).toBe(415);
      expect(refused.json().error.code).toBe('FILE_TYPE_NOT_ALLOWED');
      expect(refused.json().error.message).toContain('不支持该文件类型');
    }
    const script = await uploadFile(t.app, staff, `/api/reports/${report.id}/evidence`, '说明.txt', '#!/bin/sh\nrm -rf /\n', 'text/plain');
    expect(script.statusCode).toBe(415);
    const page = await uploadFile(t.app, staff, `/api/reports/${report.id}/evidence`, '说明.txt', '<html><script>alert(1)</script></html>', 'text/plain');
    expect(page.statusCode).toBe(415);
    const byName = await uploadFile(t.app, staff, `/api/reports/${report.id}/evidence`, 'setup.exe', pdf('不是程序'), 'application/pdf');
    expect(byName.statusCode).toBe(415);
    expect(await evidenceRows(report.id)).toHaveLength(0);
    expect(storedFiles()).toEqual(before);
  });

  it('a file over 20 MB is refused with 413; nothing is stored', async () => {
    const report = await draftReport();
    const before = storedFiles();
    const oversized = Buffer.concat([pdf('大文件'), Buffer.alloc(20 * 1024 * 1024)]);
    const refused = await uploadFile(t.app, staff, `/api/reports/${report.id}/evidence`, '扫描件.pdf', oversized, 'application/pdf');
    expect(refused.statusCode).toBe(413);
    expect(refused.json().error.code).toBe('FILE_TOO_LARGE');
    expect(await evidenceRows(report.id)).toHaveLength(0);
    expect(storedFiles()).toEqual(before);
  });

  it('only one file per request is accepted', async () => {
    const report = await draftReport();
    const two = await postMultipart(t.app, staff, `/api/reports/${report.id}/evidence`, [
      { field: 'file', fileName: 'a.pdf', content: pdf('一') },
      { field: 'file', fileName: 'b.pdf', content: pdf('二') },
    ]);
    expect(two.statusCode).toBe(400);
    expect(two.json().error.code).toBe('ONE_FILE_REQUIRED');
    const none = await postMultipart(t.app, staff, `/api/reports/${report.id}/evidence`, [{ field: 'note', content: '没有文件' }]);
    expect(none.statusCode).toBe(400);
    expect(await evidenceRows(report.id)).toHaveLength(0);
  });

  it('`../../etc/passwd` as a file name is stored safely, under its content hash inside the data folder', async () => {
    const report = await draftReport();
    const content = Buffer.from('root:x:0:0:root:/root:/bin/bash\n');
    const uploaded = await uploadFile(t.app, staff, `/api/reports/${report.id}/evidence`, '../../etc/passwd', content, 'text/plain');
    expect(uploaded.statusCode).toBe(201);
    expect(uploaded.json().evidence).toMatchObject({ originalName: 'passwd', mimeType: 'text/plain; charset=utf-8' });
    const [row] = await evidenceRows(report.id);
    expect(row!.originalName).not.toMatch(/[/\\]|\.\./);
    expect(storedFiles()).toContain(path.join(t.dataDir, 'evidence', row!.sha256.slice(0, 2), row!.sha256));
    expect(storedFiles().every((file) => file.startsWith(path.join(t.dataDir, 'evidence') + path.sep))).toBe(true);
    const download = await staff.get(`/api/evidence/${row!.id}`);
    expect(download.headers['content-disposition']).toBe(`attachment; filename="passwd.txt"; filename*=UTF-8''passwd.txt`);
  });

  it('another department can neither download, add nor delete evidence (404)', async () => {
    const report = await draftReport();
    const evidence = (await uploadFile(t.app, staff, `/api/reports/${report.id}/evidence`, '照片.png', pngBytes())).json().evidence;
    expect((await otherStaff.get(`/api/evidence/${evidence.id}`)).statusCode).toBe(404);
    expect((await uploadFile(t.app, otherStaff, `/api/reports/${report.id}/evidence`, 'x.pdf', pdf('他人'))).statusCode).toBe(404);
    expect((await otherStaff.delete(`/api/evidence/${evidence.id}`)).statusCode).toBe(404);
    expect(await evidenceRows(report.id)).toHaveLength(1);
  });

  it('identical content is stored once; deleting one row keeps the file while another row uses it', async () => {
    const [first, second] = [await draftReport(), await draftReport()];
    const content = pdf(`共用${randomBytes(4).toString('hex')}`);
    const file = path.join(t.dataDir, 'evidence', sha256(content).slice(0, 2), sha256(content));
    const a = (await uploadFile(t.app, staff, `/api/reports/${first.id}/evidence`, '会议纪要.pdf', content)).json().evidence;
    const b = (await uploadFile(t.app, staff, `/api/reports/${second.id}/evidence`, '会议纪要（副本）.pdf', content)).json().evidence;
    expect(storedFiles().filter((stored) => stored.endsWith(sha256(content)))).toHaveLength(1);
    expect((await staff.delete(`/api/evidence/${a.id}`)).statusCode).toBe(204);
    expect(fs.existsSync(file)).toBe(true);
    expect((await staff.get(`/api/evidence/${b.id}`)).rawPayload.equals(content)).toBe(true);
    expect((await staff.delete(`/api/evidence/${b.id}`)).statusCode).toBe(204);
    expect(fs.existsSync(file)).toBe(false);
    expect((await staff.get(`/api/evidence/${b.id}`)).statusCode).toBe(404);
    expect(await t.db.selectFrom('auditLog').selectAll().where('action', '=', 'evidence.delete').execute()).toHaveLength(2);
  });

  it('uploading the same file to the same report again (a retry, a double click) returns the row it has', async () => {
    const report = await draftReport();
    const content = pdf(`重试${randomBytes(4).toString('hex')}`);
    const first = await uploadFile(t.app, staff, `/api/reports/${report.id}/evidence`, '通报.pdf', content);
    const again = await uploadFile(t.app, staff, `/api/reports/${report.id}/evidence`, '通报.pdf', content);
    expect([first.statusCode, again.statusCode]).toEqual([201, 200]);
    expect(again.json().evidence.id).toBe(first.json().evidence.id);
    expect(await evidenceRows(report.id)).toHaveLength(1);
  });

  it('a report in a closed cycle cannot get new evidence, nor lose what it has', async () => {
    const item = await buildItem(t.db, plan, { leadDepartmentId: ownId });
    const closed = await buildCycle(t.db, plan, { period: '2023Q1', status: 'closed' });
    const report = await buildReport(t.db, closed, item.id);
    const before = storedFiles();
    const refused = await uploadFile(t.app, staff, `/api/reports/${report.id}/evidence`, '补充材料.pdf', pdf('迟到'));
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('CYCLE_CLOSED');
    expect(storedFiles()).toEqual(before);
  });

  it('evidence changes only while the report is a draft or returned, and only by its department', async () => {
    const report = await draftReport();
    const evidence = (await uploadFile(t.app, staff, `/api/reports/${report.id}/evidence`, '图表.gif', Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1'))).json()
      .evidence;
    expect((await uploadFile(t.app, leader, `/api/reports/${report.id}/evidence`, 'x.pdf', pdf('领导'))).statusCode).toBe(403);
    expect((await uploadFile(t.app, hq, `/api/reports/${report.id}/evidence`, 'x.pdf', pdf('办公室'))).statusCode).toBe(403);
    await t.db.updateTable('progressReports').set({ state: 'submitted' }).where('id', '=', report.id).execute();
    const late = await uploadFile(t.app, staff, `/api/reports/${report.id}/evidence`, 'x.pdf', pdf('已报送'));
    expect(late.json().error.code).toBe('INVALID_STATE');
    expect((await staff.delete(`/api/evidence/${evidence.id}`)).json().error.code).toBe('INVALID_STATE');
  });

  it('a report holds at most 20 evidence files', async () => {
    const report = await draftReport();
    for (let i = 0; i < 20; i++) {
      expect((await uploadFile(t.app, staff, `/api/reports/${report.id}/evidence`, `附件${i}.txt`, `第${i}份材料`)).statusCode).toBe(201);
    }
    const refused = await uploadFile(t.app, staff, `/api/reports/${report.id}/evidence`, '附件20.txt', '第20份材料');
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('EVIDENCE_LIMIT_REACHED');
  });
});

function pngBytes(): Buffer {
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(64)]);
}

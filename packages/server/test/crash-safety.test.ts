import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleLedger } from './support/import-client.js';
import { runPlantrack } from './support/run-plantrack.js';
import type { HttpSession, SpawnedServer } from './support/spawn-server.js';
import { loginOverHttp, spawnServer } from './support/spawn-server.js';
import { TEST_KEY_ENV } from './support/test-keys.js';

/**
 * Crash safety on SQLite (WAL, synchronous=FULL): the real server is killed with SIGKILL in the middle
 * of a burst of submissions and of a large import, then started again on the same data folder. What
 * it acknowledged must be there, nothing twice, the import all or nothing, and the file intact.
 */
const PASSWORD = 'Crash-Safety-2024!';
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'plantrack-crash-'));
const dbFile = path.join(dataDir, 'plantrack.sqlite');
const env = { PLANTRACK_DEMO_PASSWORD: PASSWORD, PLANTRACK_IMPORTS_PER_MINUTE: '100' };
let server: SpawnedServer | undefined;

beforeAll(async () => {
  // First start: migrates and loads the sample plan; a generated city (its open quarter has drafts in
  // every department) is added beside it while the server runs, as an operator would.
  server = await spawnServer(dataDir, env);
  const generated = await runPlantrack(
    { ...process.env, ...TEST_KEY_ENV, DATABASE_URL: '', PLANTRACK_DATA_DIR: dataDir },
    'generate',
    '--cities',
    '1',
    '--scale',
    '0.6',
    '--seed',
    'crash',
    '--password',
    PASSWORD,
    '--json',
  );
  expect(generated.code, generated.stderr).toBe(0);
}, 90_000);

afterAll(async () => {
  await server?.kill9();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** Read-only look at the file between runs (the server may be running: WAL lets us read beside it). */
function inspect<T>(read: (db: SQLite.Database) => T): T {
  const db = new SQLite(dbFile, { readonly: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}
const integrity = () => inspect((db) => db.pragma('integrity_check', { simple: true }));

/** True while another connection holds the database's write lock, i.e. a write transaction is open. */
function isWriting(): boolean {
  const db = new SQLite(dbFile, { timeout: 0 });
  try {
    db.exec('BEGIN IMMEDIATE');
    db.exec('ROLLBACK');
    return false;
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_BUSY') return true;
    throw error;
  } finally {
    db.close();
  }
}

/**
 * Waits until a write transaction has been open for a while: seen on several polls in a row, so the
 * short writes around a request (session, rate counters) are not mistaken for the import's commit.
 */
async function waitForLongWrite(): Promise<void> {
  const deadline = Date.now() + 30_000;
  let seen = 0;
  while (seen < 4) {
    if (Date.now() > deadline) throw new Error('no long write transaction within 30 s');
    seen = isWriting() ? seen + 1 : 0;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

interface Draft {
  id: number;
  version: number;
  manager: string;
}

/** About 50 drafts of the open quarter, spread over the departments, each with its manager's name. */
function openDrafts(limit: number): Draft[] {
  return inspect(
    (db) =>
      db
        .prepare(
          `SELECT r.id, r.version, u.username AS manager
             FROM progress_reports r
             JOIN reporting_cycles c ON c.id = r.cycle_id AND c.status = 'open'
             JOIN items i ON i.id = r.item_id
             JOIN users u ON u.department_id = i.lead_department_id AND u.role = 'dept_manager' AND u.username LIKE 'gen%'
            WHERE r.state = 'draft'
            GROUP BY r.id
            ORDER BY i.lead_department_id, r.id
            LIMIT ?`,
        )
        .all(limit) as Draft[],
  );
}

describe('kill -9 on SQLite', () => {
  it('keeps every acknowledged submission, exactly once, after a crash in the middle of 50 concurrent submissions', async () => {
    const drafts = openDrafts(50);
    expect(drafts.length).toBeGreaterThanOrEqual(40);
    const managers = new Map<string, HttpSession>();
    for (const name of new Set(drafts.map((d) => d.manager))) managers.set(name, await loginOverHttp(server!.baseUrl, name, PASSWORD));
    const reportsBefore = inspect((db) => (db.prepare('SELECT count(*) AS n FROM progress_reports').get() as { n: number }).n);

    const acknowledged: number[] = [];
    const submissions = drafts.map((draft) =>
      managers
        .get(draft.manager)!
        .request('POST', `/api/reports/${draft.id}/submit`, { version: draft.version })
        .then((reply) => {
          if (reply.status >= 200 && reply.status < 300) acknowledged.push(draft.id);
          return reply.status;
        })
        .catch(() => 0),
    );
    // Kill once some 15 have been answered, with the rest in flight.
    const started = Date.now();
    while (acknowledged.length < 15 && Date.now() - started < 10_000) await new Promise((resolve) => setTimeout(resolve, 1));
    await server!.kill9();
    const statuses = await Promise.all(submissions);
    expect(acknowledged.length, `statuses ${statuses.join(',')}`).toBeGreaterThan(0);
    expect(statuses.filter((s) => s >= 500)).toEqual([]);

    server = await spawnServer(dataDir, env);
    expect(integrity()).toBe('ok');
    const states = new Map(
      inspect(
        (db) =>
          db.prepare(`SELECT id, state FROM progress_reports WHERE id IN (${drafts.map((d) => d.id).join(',')})`).all() as { id: number; state: string }[],
      ).map((row) => [row.id, row.state]),
    );
    for (const id of acknowledged) expect(states.get(id), `report ${id}`).toBe('submitted');
    const duplicates = inspect((db) =>
      db.prepare('SELECT item_id, cycle_id, count(*) AS n FROM progress_reports GROUP BY item_id, cycle_id HAVING n > 1').all(),
    );
    expect(duplicates).toEqual([]);
    expect(inspect((db) => (db.prepare('SELECT count(*) AS n FROM progress_reports').get() as { n: number }).n)).toBe(reportsBefore);
    // Every submitted one has exactly one 'submit' version, and the server carries on: the rest submit now.
    const submitVersions = inspect(
      (db) =>
        db
          .prepare(
            `SELECT report_id, count(*) AS n FROM report_versions WHERE action = 'submit' AND report_id IN (${drafts.map((d) => d.id).join(',')}) GROUP BY report_id`,
          )
          .all() as { report_id: number; n: number }[],
    );
    expect(submitVersions.every((row) => row.n === 1)).toBe(true);
    const left = drafts.filter((d) => states.get(d.id) === 'draft');
    const sessions = new Map<string, HttpSession>();
    for (const name of new Set(left.map((d) => d.manager))) sessions.set(name, await loginOverHttp(server.baseUrl, name, PASSWORD));
    const retried = await Promise.all(left.map((d) => sessions.get(d.manager)!.request('POST', `/api/reports/${d.id}/submit`, { version: d.version })));
    expect(retried.map((reply) => reply.status).filter((status) => status !== 200)).toEqual([]);
    console.log(`${drafts.length} submissions: ${acknowledged.length} acknowledged before the kill, ${left.length} still drafts after it`);
  }, 60_000);

  it('leaves nothing of an import killed in the middle of its commit', async () => {
    const workbook = await largeLedger(4000);
    const hq = await loginOverHttp(server!.baseUrl, 'hq', PASSWORD);
    const form = () => {
      const body = new FormData();
      body.set('ledger', 'master');
      body.set('file', new Blob([new Uint8Array(workbook)], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }), '大台账.xlsx');
      return body;
    };
    const itemCount = () => inspect((db) => (db.prepare('SELECT count(*) AS n FROM items').get() as { n: number }).n);
    const before = itemCount();
    const preview = await hq.post('/api/imports/preview', form());
    const previewBody = (await preview.json()) as { problems: unknown[]; creates: unknown[] };
    expect(preview.status).toBe(200);
    expect(previewBody.problems).toEqual([]);
    expect(previewBody.creates.length).toBeGreaterThan(3900);

    let answered = false;
    const commit = hq
      .post('/api/imports/commit', form())
      .then(() => (answered = true))
      .catch(() => false);
    // The kill lands while the commit's one transaction is writing (it holds the write lock throughout).
    await waitForLongWrite();
    await server!.kill9();
    await commit;
    expect(answered).toBe(false);

    server = await spawnServer(dataDir, env);
    expect(integrity()).toBe('ok');
    expect(itemCount()).toBe(before);
    // The same commit, uninterrupted, lands every row: the kill did cut a commit that was writing.
    const commitStarted = performance.now();
    const again = await (await loginOverHttp(server.baseUrl, 'hq', PASSWORD)).post('/api/imports/commit', form());
    expect(again.status).toBe(200);
    expect(itemCount()).toBe(before + previewBody.creates.length);
    console.log(`the uninterrupted commit took ${Math.round(performance.now() - commitStarted)} ms`);
  }, 60_000);
});

/** The example master ledger with `extra` more rows: new items of 市海洋局, as an office's big file would be. */
async function largeLedger(extra: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(exampleLedger).buffer);
  const sheet = workbook.worksheets[0]!;
  const first = sheet.rowCount + 1;
  for (let index = 0; index < extra; index++) {
    sheet.getCell(`B${first + index}`).value = `压力测试任务 ${index + 1}：建设海洋碳汇监测站点`;
    sheet.getCell(`C${first + index}`).value = '完成站点选址、建设与联网';
    sheet.getCell(`F${first + index}`).value = '市海洋局';
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

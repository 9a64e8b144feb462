/**
 * Quarter-end rush (issue #6): `npx tsx scripts/quarter-end-rush.ts`.
 *
 * Starts `plantrack serve` on 127.0.0.1 with a temporary SQLite data folder, generates a province's
 * cities beside the sample plan (`plantrack generate`), and lets RUSH_USERS department users (default
 * 300: managers and staff, one login each with the right password) work for RUSH_SECONDS (default 60):
 * each reads what it owes, its item list and the dashboard, staff save drafts of the open quarter's
 * reports, managers submit them. Then it checks the database against every 2xx it got: no 5xx, no
 * acknowledged save or submission lost, no report twice, `PRAGMA integrity_check` ok. It prints a table
 * and writes docs/performance/quarter-end-rush-<date>.json. Loopback only; every loop ends at the deadline.
 *
 * RUSH_USERS, RUSH_SECONDS, RUSH_CITIES (4), RUSH_SCALE (0.5), RUSH_THINK_MS (250: mean pause between
 * a user's requests) tune it; RUSH_SERVER_LOG=<file> keeps the server's request log. Exit code 1 when a
 * check fails.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import SQLite from 'better-sqlite3';
import { runPlantrack } from '../packages/server/test/support/run-plantrack.js';
import type { HttpSession } from '../packages/server/test/support/spawn-server.js';
import { loginOverHttp, spawnServer } from '../packages/server/test/support/spawn-server.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const USERS = Number(process.env.RUSH_USERS ?? 300);
const SECONDS = Number(process.env.RUSH_SECONDS ?? 60);
const CITIES = Number(process.env.RUSH_CITIES ?? 4);
const SCALE = Number(process.env.RUSH_SCALE ?? 0.5);
const THINK_MS = Number(process.env.RUSH_THINK_MS ?? 250);
const PASSWORD = 'Quarter-End-Rush-2025!';
const REQUEST_TIMEOUT_MS = 30_000;

type Operation = 'login' | 'me' | 'owed' | 'items' | 'dashboard' | 'save' | 'submit';
interface Sample {
  operation: Operation;
  status: number;
  ms: number;
}
const samples: Sample[] = [];
const errors: string[] = [];
/** What the server acknowledged (2xx): each saved version of a report, each submitted report. */
const savedVersions: { reportId: number; version: number }[] = [];
const submitted = new Set<number>();
const submitAcks: number[] = [];
/** Each user's own keep-alive connection (see `call`). */
const agents = new WeakMap<HttpSession, http.Agent>();

const log = (line: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'plantrack-rush-'));
const dbFile = path.join(dataDir, 'plantrack.sqlite');
log(`data in ${dataDir}`);
const server = await spawnServer(
  dataDir,
  {
    PLANTRACK_DEMO_PASSWORD: PASSWORD,
    // One address logs 300 users in: a generous failure limit, though every password is right.
    PLANTRACK_LOGIN_FAILURES_PER_IP: '100000',
    // Request logs: the server's own handling time of each request, beside what the clients measured.
    PLANTRACK_LOG_LEVEL: 'info',
  },
  { logFile: path.join(dataDir, 'server.log') },
);
let exitCode = 0;
try {
  log(`server on ${server.baseUrl}; generating ${CITIES} cities at scale ${SCALE}`);
  const generated = await runPlantrack(
    { ...process.env, DATABASE_URL: '', PLANTRACK_DATA_DIR: dataDir },
    'generate',
    '--cities',
    String(CITIES),
    '--scale',
    String(SCALE),
    '--seed',
    'rush',
    '--password',
    PASSWORD,
    '--json',
  );
  if (generated.code !== 0) throw new Error(`plantrack generate failed:\n${generated.stderr}`);
  const rows = (JSON.parse(generated.stdout.trim().split('\n').at(-1)!) as { rows: Record<string, number> }).rows;

  const accounts = readOnly((db) =>
    db
      .prepare(
        `SELECT username, role FROM users
          WHERE username LIKE 'gen%' AND role IN ('dept_manager', 'dept_staff') AND department_id IN (SELECT lead_department_id FROM items)
          ORDER BY id`,
      )
      .all(),
  ) as { username: string; role: 'dept_manager' | 'dept_staff' }[];
  if (accounts.length < USERS) throw new Error(`only ${accounts.length} department accounts lead items; raise RUSH_CITIES`);
  const chosen = spread(accounts, USERS);
  log(`${chosen.length} users (${chosen.filter((a) => a.role === 'dept_manager').length} managers); logging in`);

  const sessions: { session: HttpSession; role: string }[] = [];
  for (let index = 0; index < chosen.length; index += 25) {
    const batch = chosen.slice(index, index + 25);
    sessions.push(
      ...(await Promise.all(
        batch.map(async (account) => {
          const started = performance.now();
          const session = await loginOverHttp(server.baseUrl, account.username, PASSWORD);
          samples.push({ operation: 'login', status: 200, ms: performance.now() - started });
          // The signed-in tab then asks who it is, over the connection it keeps for the whole session.
          await call(session, 'me', 'GET', '/api/auth/me');
          return { session, role: account.role };
        }),
      )),
    );
  }

  log(`rush: ${sessions.length} users for ${SECONDS} s`);
  const rushStarted = performance.now();
  const deadline = Date.now() + SECONDS * 1000;
  await Promise.all(sessions.map(({ session, role }, index) => work(session, role === 'dept_manager', deadline, index)));
  const rushSeconds = (performance.now() - rushStarted) / 1000;

  log('checking the database against every acknowledged write');
  const checks = readOnly((db) => {
    const versionRow = db.prepare(`SELECT count(*) AS n FROM report_versions WHERE report_id = ? AND version = ? AND action = 'save'`);
    const lostSaves = savedVersions.filter((ack) => (versionRow.get(ack.reportId, ack.version) as { n: number }).n !== 1);
    const stateOf = db.prepare('SELECT state FROM progress_reports WHERE id = ?');
    const lostSubmissions = [...submitted].filter((id) => (stateOf.get(id) as { state: string } | undefined)?.state !== 'submitted');
    const submitVersions = db.prepare(`SELECT count(*) AS n FROM report_versions WHERE report_id = ? AND action = 'submit'`);
    const doubleSubmissions = [...submitted].filter((id) => (submitVersions.get(id) as { n: number }).n !== 1);
    const duplicateReports = db.prepare('SELECT item_id, cycle_id, count(*) AS n FROM progress_reports GROUP BY item_id, cycle_id HAVING n > 1').all();
    return { lostSaves, lostSubmissions, doubleSubmissions, duplicateReports };
  });
  const stopCode = await server.stop();
  const integrity = readOnly((db) => db.pragma('integrity_check', { simple: true }));

  const serverErrors = samples.filter((s) => s.status >= 500).length;
  const networkErrors = samples.filter((s) => s.status === 0).length;
  const statusCounts = countBy(samples.map((s) => String(s.status)));
  const byOperation = Object.fromEntries(
    (['login', 'me', 'owed', 'items', 'dashboard', 'save', 'submit'] as Operation[]).map((operation) => {
      const of = samples.filter((s) => s.operation === operation);
      return [operation, { requests: of.length, statuses: countBy(of.map((s) => String(s.status))), ...percentiles(of.map((s) => s.ms)) }];
    }),
  );
  const rushSamples = samples.filter((s) => s.operation !== 'login' && s.operation !== 'me');
  const overall = { requests: rushSamples.length, perSecond: Math.round(rushSamples.length / rushSeconds), ...percentiles(rushSamples.map((s) => s.ms)) };
  const verdict = {
    serverErrors,
    networkErrors,
    lostSaves: checks.lostSaves.length,
    lostSubmissions: checks.lostSubmissions.length,
    doubleSubmissions: checks.doubleSubmissions.length,
    duplicateReports: checks.duplicateReports.length,
    integrity,
    cleanStop: stopCode === 0,
  };
  const passed =
    serverErrors === 0 &&
    networkErrors === 0 &&
    verdict.lostSaves === 0 &&
    verdict.lostSubmissions === 0 &&
    verdict.doubleSubmissions === 0 &&
    verdict.duplicateReports === 0 &&
    integrity === 'ok' &&
    verdict.cleanStop;
  exitCode = passed ? 0 : 1;

  const serverSide = serverTimings(server.output());
  const date = new Date().toISOString().slice(0, 10);
  const result = {
    scenario: 'quarter-end rush',
    date: new Date().toISOString(),
    passed,
    config: { users: sessions.length, seconds: SECONDS, thinkMs: THINK_MS, database: 'sqlite', cities: CITIES, scale: SCALE, generatedRows: rows },
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model,
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      loadAverage: os.loadavg(),
    },
    acknowledged: { saves: savedVersions.length, submissions: submitAcks.length, distinctSubmittedReports: submitted.size },
    checks: verdict,
    overall,
    byOperation,
    serverSide: {
      note: 'responseTime from the server log: from Fastify receiving the request to the reply being sent (excludes connection queueing and client time)',
      ...serverSide,
    },
    statusCounts,
    firstErrors: errors.slice(0, 20),
  };
  const out = path.join(ROOT, 'docs/performance', `quarter-end-rush-${date}.json`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);

  console.log();
  console.log(`quarter-end rush: ${sessions.length} users, ${Math.round(rushSeconds)} s, ${overall.requests} requests (${overall.perSecond}/s), SQLite`);
  console.table(
    Object.fromEntries(
      [...Object.entries(byOperation), ['all (rush)', overall] as const].map(([name, s]) => [
        name,
        { requests: s.requests, 'p50 ms': s.p50, 'p95 ms': s.p95, 'p99 ms': s.p99, 'max ms': s.max },
      ]),
    ),
  );
  console.table({
    '5xx': serverErrors,
    'network errors': networkErrors,
    'acknowledged saves': savedVersions.length,
    'acknowledged submissions': submitAcks.length,
    'lost saves': verdict.lostSaves,
    'lost submissions': verdict.lostSubmissions,
    'submitted twice': verdict.doubleSubmissions,
    'duplicate reports': verdict.duplicateReports,
    integrity_check: integrity,
  });
  console.log(`statuses: ${JSON.stringify(statusCounts)}`);
  console.log(`server-side handling (server log), rush requests: ${JSON.stringify(serverSide.rush)}; logins: ${JSON.stringify(serverSide.login)}`);
  console.log(`${passed ? 'PASSED' : 'FAILED'} — written ${path.relative(ROOT, out)}`);
} catch (error) {
  exitCode = 1;
  console.error(error);
} finally {
  if (server.child.exitCode === null) await server.kill9();
  if (process.env.RUSH_SERVER_LOG) fs.writeFileSync(process.env.RUSH_SERVER_LOG, server.output());
  else if (exitCode !== 0) console.error(server.output().slice(-4000));
  fs.rmSync(dataDir, { recursive: true, force: true });
}
process.exit(exitCode);

/** One user until the deadline: what do I owe, my items, the dashboard, then save (staff) or submit (manager). */
async function work(session: HttpSession, isManager: boolean, deadline: number, seed: number): Promise<void> {
  let random = seed * 7919 + 1;
  const next = () => {
    random = (random * 48271) % 2147483647;
    return random / 2147483647;
  };
  await sleep(next() * THINK_MS * 2);
  for (let round = 0; Date.now() < deadline; round++) {
    const owed = await call(session, 'owed', 'GET', '/api/reporting/owed');
    if (Date.now() >= deadline) break;
    if (round % 3 === 0) await call(session, 'items', 'GET', '/api/items?pageSize=20&page=1');
    if (round % 5 === 0) await call(session, 'dashboard', 'GET', '/api/dashboard/summary');
    const entries = ((owed.body as { owed?: OwedEntry[] } | null)?.owed ?? []).filter((entry) => !entry.report || entry.report.state !== 'returned');
    if (entries.length > 0 && Date.now() < deadline) {
      const entry = entries[Math.floor(next() * entries.length)]!;
      if (isManager && entry.report?.state === 'draft') {
        const reply = await call(session, 'submit', 'POST', `/api/reports/${entry.report.id}/submit`, { version: entry.report.version });
        if (reply.status === 200) {
          submitAcks.push(entry.report.id);
          submitted.add(entry.report.id);
        }
      } else if (!isManager) {
        const percent = Math.round(next() * 100);
        const reply = await call(session, 'save', 'PUT', `/api/items/${entry.item.id}/reports/${entry.period}`, {
          progressState: 'in_progress',
          completionPercent: percent,
          progress: `季末冲刺：已完成年度任务的${percent}%（第${round + 1}次保存）`,
          problems: '无',
          nextSteps: '按计划推进',
          ...(entry.report ? { version: entry.report.version } : {}),
        });
        const report = (reply.body as { report?: { id: number; version: number } } | null)?.report;
        if (reply.status === 200 && report) savedVersions.push({ reportId: report.id, version: report.version });
      }
    }
    await sleep(next() * THINK_MS * 2);
  }
}

interface OwedEntry {
  item: { id: number };
  period: string;
  report: { id: number; state: string; version: number } | null;
}

/**
 * One request over the user's own keep-alive connection (node:http, one socket per user, as one
 * browser tab would hold): fetch's shared pool queued requests in this one client process under load.
 * A request still unanswered after REQUEST_TIMEOUT_MS is aborted and counted as a network error.
 */
function call(session: HttpSession, operation: Operation, method: string, url: string, body?: unknown): Promise<{ status: number; body: unknown }> {
  let agent = agents.get(session);
  if (!agent) agents.set(session, (agent = new http.Agent({ keepAlive: true, maxSockets: 1 })));
  const payload = body === undefined ? undefined : JSON.stringify(body);
  const started = performance.now();
  return new Promise((resolve) => {
    let isDone = false;
    const finish = (status: number, text: string, problem?: string) => {
      if (isDone) return;
      isDone = true;
      samples.push({ operation, status, ms: performance.now() - started });
      let parsed: unknown = null;
      try {
        parsed = text ? JSON.parse(text) : null;
      } catch {
        parsed = null;
      }
      if (problem) errors.push(`${method} ${url}: ${problem}`);
      else if (status >= 500) errors.push(`${method} ${url}: ${status} ${text.slice(0, 300)}`);
      resolve({ status, body: parsed });
    };
    const request = http.request(
      `${server.baseUrl}${url}`,
      {
        method,
        agent,
        headers: { ...session.headers, ...(payload === undefined ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }) },
        timeout: REQUEST_TIMEOUT_MS,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => finish(response.statusCode ?? 0, Buffer.concat(chunks).toString()));
        response.on('error', (error) => finish(0, '', error.message));
      },
    );
    request.on('timeout', () => request.destroy(new Error(`no answer in ${REQUEST_TIMEOUT_MS} ms`)));
    request.on('error', (error) => finish(0, '', error.message));
    request.end(payload);
  });
}

/** `count` accounts spread over all departments and cities (every n-th), not the first city's only. */
function spread<T>(all: T[], count: number): T[] {
  const step = all.length / count;
  return Array.from({ length: count }, (_, index) => all[Math.floor(index * step)]!);
}

function percentiles(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => (sorted.length === 0 ? null : Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! * 10) / 10);
  return { p50: at(50), p95: at(95), p99: at(99), max: at(100) };
}

/** Handling times the server logged ("request completed" … responseTime), logins apart from the rest. */
function serverTimings(output: string) {
  const urls = new Map<string, string>();
  const login: number[] = [];
  const rush: number[] = [];
  for (const line of output.split('\n')) {
    if (!line.startsWith('{')) continue;
    const entry = JSON.parse(line) as { reqId?: string; msg?: string; req?: { url?: string }; responseTime?: number };
    if (entry.msg === 'incoming request' && entry.reqId) urls.set(entry.reqId, entry.req?.url ?? '');
    if (entry.responseTime !== undefined && entry.reqId) {
      const url = urls.get(entry.reqId) ?? '';
      if (url.startsWith('/api/auth/login')) login.push(entry.responseTime);
      else if (!url.startsWith('/api/health')) rush.push(entry.responseTime);
    }
  }
  return { login: { requests: login.length, ...percentiles(login) }, rush: { requests: rush.length, ...percentiles(rush) } };
}

function countBy(keys: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const key of keys) counts[key] = (counts[key] ?? 0) + 1;
  return counts;
}

function readOnly<T>(read: (db: SQLite.Database) => T): T {
  const db = new SQLite(dbFile, { readonly: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

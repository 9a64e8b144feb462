/**
 * Profiles the bench's 5,000-row master-ledger import in process: preview and commit through the app
 * (app.inject, no network), with every SQL statement of the commit counted and timed. Run on a copy of
 * a generated database (the import writes): `tsx bench/profile-import.ts sqlite <file>` or
 * `tsx bench/profile-import.ts postgres <url>`; BENCH_IMPORT_ROWS, BENCH_IMPORT_USER to vary.
 */
import { buildApp } from '../packages/server/src/app.js';
import { loadConfig } from '../packages/server/src/config.js';
import { openDatabase } from '../packages/server/src/db/database.js';
import type { DatabaseTarget } from '../packages/server/src/db/database.js';
import { readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import pg from 'pg';
import { BENCH_PASSWORD } from './lib/api.js';
import { buildLedgerFile } from './lib/io-measures.js';

const [kind, where] = process.argv.slice(2);
if ((kind !== 'sqlite' && kind !== 'postgres') || !where) throw new Error('usage: profile-import.ts sqlite <file> | postgres <url>');
const target: DatabaseTarget = kind === 'sqlite' ? { kind, file: where } : { kind, url: where };
const rowCount = Number(process.env.BENCH_IMPORT_ROWS ?? 5000);
const username = process.env.BENCH_IMPORT_USER ?? 'gen16_hq';

/**
 * CPU seconds the PostgreSQL backends serving this database have used so far (from /proc: the server
 * runs on this machine), so the server's own work can be told from waiting on a busy machine.
 */
async function serverCpuSeconds(): Promise<number> {
  if (target.kind !== 'postgres') return 0;
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>('select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()');
    let ticks = 0;
    for (const { pid } of rows) {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    }
    return ticks / 100;
  } finally {
    await client.end();
  }
}

interface Logged {
  sql: string;
  ms: number;
}
let log: Logged[] = [];
const handle = openDatabase(target, { onQuery: (event) => log.push({ sql: event.query.sql, ms: event.queryDurationMillis }) });
const config = {
  ...loadConfig({ PLANTRACK_DATA_DIR: process.env.PLANTRACK_DATA_DIR ?? '/tmp/perf-import/data', PLANTRACK_IMPORTS_PER_MINUTE: '1000' }),
  database: target,
  logLevel: 'silent' as const,
};
const app = await buildApp({ db: handle.db, dbKind: handle.kind, config }, { logger: false });
try {
  await app.ready();
  const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: BENCH_PASSWORD } });
  if (login.statusCode !== 200) throw new Error(`login: ${login.statusCode} ${login.body}`);
  const cookie = String(login.headers['set-cookie']).split(';')[0]!;
  const csrf = (login.json() as { csrfToken?: string }).csrfToken ?? '';
  const areas = (await app.inject({ method: 'GET', url: '/api/areas', headers: { cookie } })).json() as { areas: { numeral: string; title: string }[] };
  const file = await buildLedgerFile(areas.areas, rowCount);
  const upload = async (path: string, token?: string) => {
    const boundary = '----profile' + Math.random().toString(16).slice(2);
    const parts: Buffer[] = [];
    const field = (name: string, value: string) =>
      parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
    field('ledger', 'master');
    if (token) field('token', token);
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="import-bench.xlsx"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
    );
    parts.push(file, Buffer.from(`\r\n--${boundary}--\r\n`));
    log = [];
    const serverCpu = await serverCpuSeconds();
    const cpu = process.cpuUsage();
    const started = performance.now();
    const response = await app.inject({
      method: 'POST',
      url: path,
      headers: { cookie, 'x-csrf-token': csrf, 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: Buffer.concat(parts),
    });
    const seconds = (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    const dbCpuSeconds = (await serverCpuSeconds()) - serverCpu;
    if (response.statusCode !== 200) throw new Error(`${path}: ${response.statusCode} ${response.body.slice(0, 500)}`);
    return { seconds, cpuSeconds: (used.user + used.system) / 1e6, dbCpuSeconds, body: response.json() as Record<string, unknown>, queries: log };
  };
  const preview = await upload('/api/imports/preview');
  // BENCH_IMPORT_CPU_PROFILE=<file>: a CPU profile of the commit alone (open it in Chrome DevTools).
  const profileFile = process.env.BENCH_IMPORT_CPU_PROFILE;
  const inspector = profileFile ? new Session() : null;
  if (inspector) {
    inspector.connect();
    await inspector.post('Profiler.enable');
    await inspector.post('Profiler.setSamplingInterval', { interval: 200 });
    await inspector.post('Profiler.start');
  }
  const commit = await upload('/api/imports/commit', preview.body.token as string);
  if (inspector && profileFile) {
    const { profile } = await inspector.post('Profiler.stop');
    writeFileSync(profileFile, JSON.stringify(profile));
    inspector.disconnect();
  }
  const byShape = new Map<string, { count: number; ms: number }>();
  for (const query of commit.queries) {
    const shape = query.sql
      .replace(/\(\$?\d*(, ?\$?\d*)*\)/g, '(…)')
      .replace(/(, \(…\))+/g, ', …')
      .replace(/\$\d+/g, '?')
      .slice(0, 140);
    const entry = byShape.get(shape) ?? { count: 0, ms: 0 };
    entry.count += 1;
    entry.ms += query.ms;
    byShape.set(shape, entry);
  }
  const top = [...byShape.entries()].sort((a, b) => b[1].ms - a[1].ms).slice(0, 15);
  const round = (value: number) => Math.round(value * 1000) / 1000;
  console.log(
    JSON.stringify({
      database: kind,
      rows: rowCount,
      preview: { seconds: round(preview.seconds), cpuSeconds: round(preview.cpuSeconds), statements: preview.queries.length },
      commit: {
        seconds: round(commit.seconds),
        cpuSeconds: round(commit.cpuSeconds),
        dbCpuSeconds: round(commit.dbCpuSeconds),
        statements: commit.queries.length,
        sqlMs: Math.round(commit.queries.reduce((sum, q) => sum + q.ms, 0)),
        rowsPerSecond: Math.round(rowCount / commit.seconds),
      },
    }),
  );
  if (process.env.BENCH_IMPORT_VERBOSE)
    for (const [shape, { count, ms }] of top) console.log(`${String(count).padStart(6)} ${ms.toFixed(1).padStart(8)} ms  ${shape}`);
} finally {
  await app.close();
  await handle.destroy();
}

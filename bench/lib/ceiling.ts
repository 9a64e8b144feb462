import Database from 'better-sqlite3';
import pg from 'pg';
import { buildApp } from '../../packages/server/src/app.js';
import { loadConfig } from '../../packages/server/src/config.js';
import { openDatabase } from '../../packages/server/src/db/database.js';
import type { DatabaseTarget } from '../../packages/server/src/db/database.js';
import { BENCH_PASSWORD } from './api.js';

export interface CapturedQuery {
  sql: string;
  parameters: readonly unknown[];
}

/**
 * The SQL one request runs, as the server sends it: the app is built in this process on the same
 * database with a query log, logs in and makes the request once, with its caches cold, so the ceiling
 * is the whole computation (the dashboard summary is cached after a first request; the ceiling of a
 * cache hit would measure the cache, not the query). Only reads are kept, so replaying them changes nothing.
 */
export async function captureQueries(target: DatabaseTarget, dataDir: string, username: string, paths: string[]): Promise<Map<string, CapturedQuery[]>> {
  let log: CapturedQuery[] = [];
  const handle = openDatabase(target, { onQuery: (event) => log.push({ sql: event.query.sql, parameters: event.query.parameters }) });
  const config = { ...loadConfig({ PLANTRACK_DATA_DIR: dataDir }), database: target, logLevel: 'silent' as const };
  const app = await buildApp({ db: handle.db, dbKind: handle.kind, config }, { logger: false });
  try {
    await app.ready();
    const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: BENCH_PASSWORD } });
    const cookie = String(login.headers['set-cookie']).split(';')[0]!;
    const captured = new Map<string, CapturedQuery[]>();
    for (const path of paths) {
      log = [];
      const response = await app.inject({ method: 'GET', url: path, headers: { cookie } });
      if (response.statusCode !== 200) throw new Error(`capture ${path}: ${response.statusCode} ${response.body}`);
      captured.set(
        path,
        log.filter((query) => isRead(query.sql)),
      );
    }
    return captured;
  } finally {
    await app.close();
    await handle.destroy();
  }
}

/** A SELECT, or a WITH … SELECT (the item list's page is one); a statement that writes is left out. */
function isRead(text: string): boolean {
  return /^\s*(select|with)\b/i.test(text) && !/\b(insert|update|delete)\b/i.test(text);
}

/**
 * The ceiling: the same queries, one request's worth after another, straight on the driver with no
 * HTTP, no validation and no presenting — for `seconds`. SQLite runs them in this one thread, as the
 * server does; PostgreSQL with as many concurrent clients as the load generator has connections, each
 * query a named (prepared) statement as the server sends it.
 */
export async function replayQueries(target: DatabaseTarget, queries: CapturedQuery[], seconds: number, connections: number): Promise<number> {
  const until = performance.now() + seconds * 1000;
  let rounds = 0;
  if (target.kind === 'sqlite') {
    const database = new Database(target.file, { readonly: true });
    try {
      const statements = queries.map((query) => ({ statement: database.prepare(query.sql), parameters: query.parameters as unknown[] }));
      while (performance.now() < until) {
        for (const { statement, parameters } of statements) statement.all(...parameters);
        rounds += 1;
      }
    } finally {
      database.close();
    }
    return rounds / seconds;
  }
  const pool = new pg.Pool({ connectionString: target.url, max: connections });
  try {
    const loop = async () => {
      while (performance.now() < until) {
        for (const [index, query] of queries.entries()) {
          await pool.query({ name: `ceiling${index}`, text: query.sql, values: query.parameters as unknown[] });
        }
        rounds += 1;
      }
    };
    await Promise.all(Array.from({ length: connections }, loop));
  } finally {
    await pool.end();
  }
  return rounds / seconds;
}

import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect } from 'kysely';
import type { Dialect, LogEvent } from 'kysely';
import pg from 'pg';
import { CamelCaseRowsPlugin } from './camel-case-rows.js';
import { withPreparedStatements } from './prepared-statements.js';
import type { DatabaseKind } from './dialect.js';
import type { Database } from './schema.js';
import { RoutingSqliteDialect } from './sqlite-dialect.js';
import { defaultReaderCount } from './sqlite-readers.js';

export type Db = Kysely<Database>;

export interface DatabaseHandle {
  db: Db;
  kind: DatabaseKind;
  destroy(): Promise<void>;
}

/** `readers`: SQLite reader threads (db/sqlite-readers.ts); 0 runs every query on the calling thread. */
export type DatabaseTarget = { kind: 'sqlite'; file: string; readers?: number | undefined } | { kind: 'postgres'; url: string };

export interface OpenDatabaseOptions {
  /** Called after every query with its SQL and duration (tests count the queries a request makes). */
  onQuery?: (event: LogEvent) => void;
}

export function openDatabase(target: DatabaseTarget, options: OpenDatabaseOptions = {}): DatabaseHandle {
  const dialect =
    target.kind === 'postgres'
      ? postgresDialect(target.url)
      : sqliteDialect(target.file, target.file === ':memory:' ? 0 : (target.readers ?? defaultReaderCount()));
  const db = createDb(dialect, options);
  return { db, kind: target.kind, destroy: () => db.destroy() };
}

/** Kysely as the app uses it over any dialect: camelCase names in TypeScript, snake_case in SQL. */
export function createDb(dialect: Dialect, options: OpenDatabaseOptions = {}): Db {
  return new Kysely<Database>({ dialect, plugins: [new CamelCaseRowsPlugin()], ...(options.onQuery ? { log: options.onQuery } : {}) });
}

function sqliteDialect(file: string, readers: number): RoutingSqliteDialect {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const database = new SQLite(file);
  // WAL lets readers run beside the writer; FULL makes a committed transaction survive power loss.
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = FULL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  // 64 MiB of pages kept in the process (default 2 MiB): a dashboard reads a plan's items and reports.
  database.pragma('cache_size = -65536');
  return new RoutingSqliteDialect({ database, file, readers });
}

function postgresDialect(url: string): PostgresDialect {
  // COUNT(*) comes back as bigint; our counts are small, so read int8 as a JS number.
  pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle connection the server ends (restart, failover, admin) is reported here; without a
  // listener it would crash the process. The pool drops it and opens a new one when needed.
  pool.on('error', () => {});
  return new PostgresDialect({ pool: withPreparedStatements(pool) });
}

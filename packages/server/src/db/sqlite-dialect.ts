import type SQLite from 'better-sqlite3';
import { SqliteDialect } from 'kysely';
import type { CompiledQuery, DatabaseConnection, Driver, QueryResult } from 'kysely';
import { SqliteReaderPool } from './sqlite-readers.js';
import type { CachedStatements } from './statement-cache.js';
import { STATEMENT_CACHE_SIZE, withStatementCache } from './statement-cache.js';

export interface RoutingSqliteConfig {
  database: SQLite.Database;
  file: string;
  /** Reader threads (0: every query on the server's own thread). */
  readers: number;
  /** Reads slower than this on the server's thread move to a reader thread (default HEAVY_READ_MS). */
  heavyReadMs?: number;
}

/**
 * A read slower than this on the server's thread goes to a reader thread from then on. Not lower: a
 * hop costs ~0.1 ms and copies the rows between threads, and on two cores the item list (1–2 ms of
 * SQL) served fewer pages a second with its reads moved than without (bench, 2026-11-27); what the
 * threads buy is that a long read (a province's dashboard, an export) no longer stalls every request.
 */
const HEAVY_READ_MS = 4;
const READ_COSTS_KEPT = 2_000;

/** Only plain queries move: a PRAGMA would answer for the reader's connection, not the server's. */
const SELECT = /^\s*(select|with)\b/i;

class Mutex {
  #isLocked = false;
  readonly #waiting: (() => void)[] = [];

  get isLocked(): boolean {
    return this.#isLocked;
  }

  async lock(): Promise<void> {
    if (!this.#isLocked) {
      this.#isLocked = true;
      return;
    }
    await new Promise<void>((resolve) => this.#waiting.push(resolve));
  }

  unlock(): void {
    const next = this.#waiting.shift();
    if (next) next();
    else this.#isLocked = false;
  }
}

/** How long each read (by SQL text) took on the server's thread, as a moving average. */
class ReadCosts {
  readonly #ms = new Map<string, number>();

  constructor(readonly heavyMs: number) {}

  isHeavy(sql: string): boolean {
    const ms = this.#ms.get(sql);
    return ms !== undefined && ms >= this.heavyMs;
  }

  record(sql: string, ms: number): void {
    if (this.#ms.size >= READ_COSTS_KEPT) this.#ms.clear();
    const before = this.#ms.get(sql);
    this.#ms.set(sql, before === undefined ? ms : before * 0.8 + ms * 0.2);
  }
}

class RoutedConnection implements DatabaseConnection {
  isInTransaction = false;
  holdsLock = false;

  constructor(readonly driver: RoutingSqliteDriver) {}

  executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    return this.driver.execute(this, query) as Promise<QueryResult<R>>;
  }

  streamQuery<R>(query: CompiledQuery): AsyncIterableIterator<QueryResult<R>> {
    return this.driver.stream(this, query) as AsyncIterableIterator<QueryResult<R>>;
  }
}

/**
 * SQLite has one connection that writes. Writes, transactions and cheap reads run on it, one at a
 * time (a mutex, as Kysely's own driver does); a read that proved heavy, or any read while a
 * transaction holds the connection, runs on a reader thread instead (sqlite-readers.ts), which sees
 * what was committed before it started, as a read on PostgreSQL would. Reads inside a transaction
 * always stay on its connection, so a transaction sees its own writes.
 *
 * Write transactions begin IMMEDIATE: the write lock is taken at BEGIN, so a second process (the CLI
 * while the server runs) waits on busy_timeout instead of failing mid-transaction with SQLITE_BUSY
 * when it upgrades a read lock.
 */
class RoutingSqliteDriver implements Driver {
  readonly #mutex = new Mutex();
  readonly #costs: ReadCosts;
  readonly #database: CachedStatements;
  readonly #readers: SqliteReaderPool | null;

  constructor(config: RoutingSqliteConfig) {
    this.#costs = new ReadCosts(config.heavyReadMs ?? HEAVY_READ_MS);
    this.#database = withStatementCache(config.database);
    this.#readers = config.readers > 0 ? new SqliteReaderPool(config.file, config.readers, STATEMENT_CACHE_SIZE) : null;
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    return new RoutedConnection(this);
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    const routed = connection as RoutedConnection;
    await this.#mutex.lock();
    routed.holdsLock = true;
    this.#runHere('begin immediate', []);
    routed.isInTransaction = true;
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    this.#runHere('commit', []);
    (connection as RoutedConnection).isInTransaction = false;
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    (connection as RoutedConnection).isInTransaction = false;
    this.#runHere('rollback', []);
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    const routed = connection as RoutedConnection;
    if (!routed.holdsLock) return;
    routed.holdsLock = false;
    this.#mutex.unlock();
  }

  async destroy(): Promise<void> {
    await this.#readers?.close();
    this.#database.close();
  }

  async execute(connection: RoutedConnection, { sql, parameters }: CompiledQuery): Promise<QueryResult<unknown>> {
    if (connection.isInTransaction) return this.#runHere(sql, parameters);
    const statement = this.#database.prepare(sql);
    const isPlainRead = statement.reader && statement.readonly && SELECT.test(sql);
    if (isPlainRead && this.#readers && (this.#costs.isHeavy(sql) || this.#mutex.isLocked)) {
      return { rows: await this.#readers.run(sql, parameters) };
    }
    await this.#mutex.lock();
    try {
      if (!isPlainRead) return this.#runHere(sql, parameters);
      const started = performance.now();
      const result = this.#runHere(sql, parameters);
      this.#costs.record(sql, performance.now() - started);
      return result;
    } finally {
      this.#mutex.unlock();
    }
  }

  async *stream(connection: RoutedConnection, { sql, parameters }: CompiledQuery): AsyncIterableIterator<QueryResult<unknown>> {
    const holdsLock = !connection.isInTransaction;
    if (holdsLock) await this.#mutex.lock();
    try {
      for (const row of this.#database.prepare(sql).iterate(...parameters)) yield { rows: [row] };
    } finally {
      if (holdsLock) this.#mutex.unlock();
    }
  }

  #runHere(sql: string, parameters: readonly unknown[]): QueryResult<unknown> {
    const statement = this.#database.prepare(sql);
    if (statement.reader) return { rows: statement.all(...parameters) };
    const { changes, lastInsertRowid } = statement.run(...parameters);
    return { numAffectedRows: BigInt(changes), insertId: BigInt(lastInsertRowid), rows: [] };
  }
}

export class RoutingSqliteDialect extends SqliteDialect {
  readonly #config: RoutingSqliteConfig;

  constructor(config: RoutingSqliteConfig) {
    super({ database: config.database });
    this.#config = config;
  }

  override createDriver(): Driver {
    return new RoutingSqliteDriver(this.#config);
  }
}

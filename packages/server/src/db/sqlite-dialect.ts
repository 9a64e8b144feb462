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
}

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
 * SQLite has one connection that writes. Writes, transactions and reads run on it, one at a time (a
 * mutex, as Kysely's own driver does), except a read that arrives while a transaction holds the
 * connection: it runs on a reader thread (sqlite-readers.ts) and sees what was committed before it
 * started, as a read on PostgreSQL would, instead of waiting for the transaction (an import of 5,000
 * rows holds it for most of a second). Reads inside a transaction stay on its connection, so a
 * transaction sees its own writes.
 *
 * Only then: moving reads to a thread costs more than it saves on two cores. The rows are copied
 * between threads and every hop wakes a thread; with the item list's reads moved the server answered
 * fewer pages a second, and an import's preview took longer (bench/README.md).
 *
 * Write transactions begin IMMEDIATE: the write lock is taken at BEGIN, so a second process (the CLI
 * while the server runs) waits on busy_timeout instead of failing mid-transaction with SQLITE_BUSY
 * when it upgrades a read lock.
 */
class RoutingSqliteDriver implements Driver {
  readonly #mutex = new Mutex();
  /** A transaction holds the connection between its statements (not merely a query about to run). */
  #isTransactionOpen = false;
  readonly #database: CachedStatements;
  readonly #readers: SqliteReaderPool | null;

  constructor(config: RoutingSqliteConfig) {
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
    this.#isTransactionOpen = true;
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    this.#runHere('commit', []);
    (connection as RoutedConnection).isInTransaction = false;
    this.#isTransactionOpen = false;
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    (connection as RoutedConnection).isInTransaction = false;
    this.#isTransactionOpen = false;
    this.#runHere('rollback', []);
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    const routed = connection as RoutedConnection;
    if (!routed.holdsLock) return;
    routed.holdsLock = false;
    routed.isInTransaction = false;
    this.#isTransactionOpen = false;
    this.#mutex.unlock();
  }

  async destroy(): Promise<void> {
    await this.#readers?.close();
    this.#database.close();
  }

  async execute(connection: RoutedConnection, { sql, parameters }: CompiledQuery): Promise<QueryResult<unknown>> {
    // A free connection is used at once, without taking the lock: the statement runs synchronously,
    // so nothing else can come between. Only a transaction holds the lock across its awaits.
    if (connection.isInTransaction || !this.#mutex.isLocked) return this.#runHere(sql, parameters);
    if (this.#readers && this.#isTransactionOpen && this.#isPlainRead(sql)) return { rows: await this.#readers.run(sql, parameters) };
    await this.#mutex.lock();
    try {
      return this.#runHere(sql, parameters);
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

  #isPlainRead(sql: string): boolean {
    if (!SELECT.test(sql)) return false;
    const statement = this.#database.prepare(sql);
    return statement.reader && statement.readonly;
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

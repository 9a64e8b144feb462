import type { DatabaseConnection } from 'kysely';
import { CompiledQuery, SqliteDialect, SqliteDriver } from 'kysely';
import type { Driver, SqliteDialectConfig } from 'kysely';

/**
 * SQLite with write transactions begun IMMEDIATE: the write lock is taken at BEGIN, so a second
 * process (the CLI while the server runs) waits on busy_timeout instead of failing mid-transaction
 * with SQLITE_BUSY when it upgrades a read lock.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

export class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;

  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }
}

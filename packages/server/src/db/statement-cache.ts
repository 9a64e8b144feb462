import type SQLite from 'better-sqlite3';

/** Distinct SQL texts kept prepared; list filters and `IN (…)` batches of other lengths make new texts. */
export const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely's SQLite driver prepares every query anew; compiling SQL costs tens of microseconds, often
 * more than running it. This keeps the most recently used prepared statements by SQL text (least
 * recently used dropped first) and hands them out again. A statement still iterating (a stream) is
 * busy and cannot run twice at once, so that case gets a fresh one.
 */
export interface CachedStatements {
  prepare(sql: string): SQLite.Statement;
  close(): void;
}

export function withStatementCache(database: SQLite.Database, size = STATEMENT_CACHE_SIZE): CachedStatements {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => {
      cache.clear();
      database.close();
    },
    prepare: (sql) => {
      const cached = cache.get(sql);
      if (cached && !cached.busy) {
        cache.delete(sql);
        cache.set(sql, cached);
        return cached;
      }
      const statement = database.prepare(sql);
      if (!cached) {
        cache.set(sql, statement);
        if (cache.size > size) cache.delete(cache.keys().next().value!);
      }
      return statement;
    },
  };
}

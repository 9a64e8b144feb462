import { PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler, SqliteAdapter, SqliteIntrospector, SqliteQueryCompiler } from 'kysely';
import type { CompiledQuery, DatabaseConnection, Dialect, Driver, QueryResult } from 'kysely';
import type { Db } from '../../src/db/database.js';
import { createDb } from '../../src/db/database.js';
import type { DatabaseKind } from '../../src/db/dialect.js';

export interface CapturingDb {
  db: Db;
  /** The queries sent since the last call, as the dialect compiled them; the list starts empty again. */
  take(): CompiledQuery[];
}

/**
 * A database that runs nothing: each query is compiled by the dialect's own compiler, through the
 * app's plugins, and kept; every query answers no rows. So the SQL of either dialect can be read
 * without a server, from the repositories' own functions.
 */
export function captureSql(kind: DatabaseKind): CapturingDb {
  let queries: CompiledQuery[] = [];
  const connection: DatabaseConnection = {
    executeQuery: <Row>(query: CompiledQuery): Promise<QueryResult<Row>> => {
      queries.push(query);
      return Promise.resolve({ rows: [] });
    },
    streamQuery: () => {
      throw new Error('a capturing database streams nothing');
    },
  };
  const driver: Driver = {
    init: async () => {},
    acquireConnection: async () => connection,
    beginTransaction: async () => {},
    commitTransaction: async () => {},
    rollbackTransaction: async () => {},
    releaseConnection: async () => {},
    destroy: async () => {},
  };
  const postgres = kind === 'postgres';
  const dialect: Dialect = {
    createAdapter: () => (postgres ? new PostgresAdapter() : new SqliteAdapter()),
    createDriver: () => driver,
    createQueryCompiler: () => (postgres ? new PostgresQueryCompiler() : new SqliteQueryCompiler()),
    createIntrospector: (db) => (postgres ? new PostgresIntrospector(db) : new SqliteIntrospector(db)),
  };
  return {
    db: createDb(dialect),
    take: () => {
      const taken = queries;
      queries = [];
      return taken;
    },
  };
}

import type { PostgresCursor, PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';
import type pg from 'pg';

/**
 * Distinct SQL texts given a name. Each name becomes a prepared statement on every connection that
 * runs it, kept as long as the connection lives, so the count is capped once and for all rather than
 * evicted (evicting our name would not free the server's statement). Texts beyond the cap run unnamed.
 */
export const PREPARED_STATEMENT_LIMIT = 400;

/** Writes whose text varies with the row count (multi-row INSERTs of an import) would use up the cap. */
const NAMEABLE = /^\s*(select|with|update|delete)\b/i;

/**
 * PostgreSQL plans every unnamed statement anew, and for our joined list queries planning takes
 * longer than running. Named statements are parsed once per connection, which cuts the database time
 * of an item list (bench/README.md). Planning is left to PostgreSQL's default: a statement is planned
 * with its values until a reusable plan proves as good. (Forcing the reusable plan was faster still
 * for lookups by id, but chose a scan of every report for "what a department owes", many times
 * slower: a reusable plan cannot see that one cycle is open.)
 */
export function withPreparedStatements(pool: pg.Pool, limit = PREPARED_STATEMENT_LIMIT): PostgresPool {
  const names = new Map<string, string>();
  const nameOf = (sql: string): string | undefined => {
    const known = names.get(sql);
    if (known !== undefined || names.size >= limit || !NAMEABLE.test(sql)) return known;
    const name = `pt${names.size + 1}`;
    names.set(sql, name);
    return name;
  };
  return {
    end: () => pool.end(),
    connect: async () => new NamingClient(await pool.connect(), nameOf),
  };
}

class NamingClient implements PostgresPoolClient {
  constructor(
    private readonly client: pg.PoolClient,
    private readonly nameOf: (sql: string) => string | undefined,
  ) {}

  query<R>(sql: string, parameters: readonly unknown[]): Promise<PostgresQueryResult<R>>;
  query<R>(cursor: PostgresCursor<R>): PostgresCursor<R>;
  query(sqlOrCursor: string | PostgresCursor<unknown>, parameters: readonly unknown[] = []): unknown {
    if (typeof sqlOrCursor !== 'string') return this.client.query(sqlOrCursor as unknown as pg.Submittable);
    const name = this.nameOf(sqlOrCursor);
    const values = [...parameters];
    return name === undefined ? this.client.query(sqlOrCursor, values) : this.client.query({ name, text: sqlOrCursor, values });
  }

  release(destroy?: boolean): void {
    this.client.release(destroy);
  }
}

import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PostgresPoolClient } from 'kysely';
import { withPreparedStatements } from '../src/db/prepared-statements.js';
import { createTestDatabase } from './support/test-database.js';
import type { TestDatabase } from './support/test-database.js';

/**
 * On PostgreSQL the server names its reads so each connection plans them once. The names are capped
 * (each one lives as long as its connection), and writes whose text varies with the row count stay unnamed.
 */
describe.skipIf(!process.env.PLANTRACK_TEST_DATABASE_URL)('prepared statements on PostgreSQL', () => {
  let database: TestDatabase;
  let pool: pg.Pool;
  let client: PostgresPoolClient;

  beforeAll(async () => {
    database = await createTestDatabase();
    if (database.target.kind !== 'postgres') throw new Error('PostgreSQL expected');
    pool = new pg.Pool({ connectionString: database.target.url, max: 1 });
    client = await withPreparedStatements(pool, 3).connect();
  });
  afterAll(async () => {
    client.release();
    await pool.end();
    await database.destroy();
  });

  async function preparedStatements(): Promise<string[]> {
    // Prepared statements belong to one session, so the list is read on the same connection.
    const result = await client.query<{ statement: string }>('select statement from pg_prepared_statements order by prepare_time', []);
    return result.rows.map((row) => row.statement);
  }

  it('a read is prepared once on its connection and answers with the values of each call', async () => {
    const first = await client.query<{ n: number }>('select $1::int + 1 as n', [1]);
    const second = await client.query<{ n: number }>('select $1::int + 1 as n', [41]);
    expect([first.rows[0]!.n, second.rows[0]!.n]).toEqual([2, 42]);
    expect(await preparedStatements()).toEqual(['select $1::int + 1 as n', expect.stringContaining('pg_prepared_statements')]);
  });

  it('inserts stay unnamed, and texts beyond the cap run unnamed with correct answers', async () => {
    await client.query('create temporary table numbers (n int)', []);
    await client.query('insert into numbers (n) values ($1), ($2)', [1, 2]);
    await client.query('select count(*) as c from numbers', []);
    const beyond = await client.query<{ total: number }>('select sum(n)::int as total from numbers', []);
    expect(beyond.rows[0]!.total).toBe(3);
    const statements = await preparedStatements();
    expect(statements).toHaveLength(3);
    expect(statements.some((text) => text.startsWith('insert'))).toBe(false);
  });
});

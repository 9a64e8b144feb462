import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import { isPostgres } from '../db/dialect.js';
import type { GeneratedRows, TableWithId } from './generated-rows.js';
import { GENERATED_TABLES, TABLES_WITH_ID } from './generated-rows.js';

/** Bound parameters per statement: SQLite allows 32,766, PostgreSQL 65,535. */
const PARAMETER_LIMIT = { sqlite: 32_000, postgres: 60_000 };

const snakeCase = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** Writes every table's rows in multi-row INSERTs as large as the database accepts, in reference order. */
export async function writeRows(db: Db, rows: GeneratedRows): Promise<void> {
  const onPostgres = isPostgres(db);
  const limit = onPostgres ? PARAMETER_LIMIT.postgres : PARAMETER_LIMIT.sqlite;
  const types = onPostgres ? await findColumnTypes(db) : null;
  for (const table of GENERATED_TABLES) {
    const list = rows[table] as Record<string, unknown>[];
    if (list.length === 0) continue;
    if (types && !LONG_TEXT_TABLES.has(table)) {
      for (let start = 0; start < list.length; start += UNNEST_ROWS) await insertByUnnest(db, table, list.slice(start, start + UNNEST_ROWS), types);
      continue;
    }
    const size = Math.max(1, Math.floor(limit / Object.keys(list[0]!).length));
    for (let start = 0; start < list.length; start += size) {
      await db
        .insertInto(table)
        .values(list.slice(start, start + size) as never)
        .execute();
    }
  }
}

const UNNEST_ROWS = 5_000;
/** Rows carrying long text (JSON snapshots) travel faster as plain parameters than inside array literals. */
const LONG_TEXT_TABLES = new Set<string>(['reportVersions']);

/** PostgreSQL column types by `table.column` (snake case), to type the arrays unnest() reads. */
async function findColumnTypes(db: Db): Promise<Map<string, string>> {
  const { rows } = await sql<{ tableName: string; columnName: string; dataType: string }>`
    select table_name, column_name, data_type from information_schema.columns where table_schema = current_schema()`.execute(db);
  return new Map(rows.map((row) => [`${row.tableName}.${row.columnName}`, row.dataType]));
}

/**
 * One INSERT … SELECT FROM unnest(arrays): one parameter per column instead of one per value, which
 * PostgreSQL parses and plans several times faster than a long VALUES list.
 */
async function insertByUnnest(db: Db, table: string, rows: Record<string, unknown>[], types: Map<string, string>): Promise<void> {
  const name = snakeCase(table);
  const columns = Object.keys(rows[0]!);
  const arrays = columns.map((column) => {
    const type = types.get(`${name}.${snakeCase(column)}`);
    if (!type) throw new Error(`unknown column ${name}.${column}`);
    return sql`${rows.map((row) => row[column] ?? null)}::${sql.raw(type)}[]`;
  });
  await sql`insert into ${sql.table(name)} (${sql.join(columns.map((column) => sql.ref(snakeCase(column))))}) select * from unnest(${sql.join(arrays)})`.execute(
    db,
  );
}

/** The highest id each table holds now (0 when empty): the generator numbers its rows above them. */
export async function findHighestIds(db: Db): Promise<Record<TableWithId, number>> {
  const highest = {} as Record<TableWithId, number>;
  for (const table of TABLES_WITH_ID) {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.max<number | null>('id').as('highest'))
      .executeTakeFirst();
    highest[table] = Number(row?.highest ?? 0);
  }
  return highest;
}

/**
 * PostgreSQL's identity sequences do not move when ids are given explicitly; set each past the
 * highest id so the application's own inserts continue after the generated rows. (SQLite's
 * AUTOINCREMENT follows explicit ids by itself.)
 */
export async function advanceIdSequences(db: Db): Promise<void> {
  if (!isPostgres(db)) return;
  for (const table of TABLES_WITH_ID) {
    const name = snakeCase(table);
    await sql`select setval(pg_get_serial_sequence(${name}, 'id'), (select coalesce(max(id), 0) + 1 from ${sql.table(name)}), false)`.execute(db);
  }
}

/**
 * Fresh planner statistics after a bulk load, so queries pick their indexes from the start; on
 * PostgreSQL also the visibility map (VACUUM), without which an index-only scan still visits the table.
 */
export async function analyseDatabase(db: Db): Promise<void> {
  if (isPostgres(db)) {
    await sql`vacuum analyze`.execute(db);
    return;
  }
  await sql`pragma analysis_limit = 1000`.execute(db);
  await sql`analyze`.execute(db);
}

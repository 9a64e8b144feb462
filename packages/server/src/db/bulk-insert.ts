import { sql } from 'kysely';
import type { Insertable } from 'kysely';
import type { Database } from './schema.js';
import { isPostgres } from './dialect.js';
import type { Db } from './database.js';
import { chunksOf } from '../shared/chunks.js';

/** A row of plain column values, as JSON carries them unchanged (text, numbers, null). */
export type PlainRow = Readonly<Record<string, string | number | boolean | null | undefined>>;

// Rows a statement at most. A 5,000-row import is five statements: each next one is built (its JSON,
// and whatever the caller computes for its rows) while the one before is in the database, on the
// other core; one statement of 5,000 left the database idle while all of it was built, then this
// process idle while it was written.
export const ROWS_PER_STATEMENT = 1000;

/**
 * PostgreSQL only: inserts rows as ONE bound parameter per statement, a JSON array that
 * json_populate_recordset expands into the table's own row type (so every value gets its column's
 * type without casts here). A multi-row VALUES of 5,000 rows × 15 columns is 75,000 parameters that
 * Kysely compiles, pg serialises one by one and the server parses and plans: on an import that cost
 * more than the rows' own writes. Rows come out of the function in array order and `order by
 * ordinality` keeps that order for the inserts, and the statements run in order, so serial ids follow
 * the rows (the audit chain relies on it). Columns are the union of a statement's rows' defined keys;
 * a key a row lacks is NULL, not the default, so callers pass rows with the same columns. Returns the
 * `returning` columns of each row, in order.
 */
export async function insertJsonRows<Table extends keyof Database & string>(
  db: Db,
  table: Table,
  rows: readonly PlainRow[],
  returning: readonly (keyof Database[Table] & string)[] = [],
): Promise<Record<string, unknown>[]> {
  return insertJsonChunks(db, table, chunksOf(rows, ROWS_PER_STATEMENT), returning);
}

// SQLite's multi-row VALUES: bound parameters a statement (its limit is 32,766).
const SQLITE_PARAMETERS_PER_STATEMENT = 10_000;

/**
 * Many new rows of one table whose ids nobody needs (memberships, milestones): insertJsonRows on
 * PostgreSQL, multi-row VALUES on SQLite, as many rows a statement as keep it under its parameter limit.
 */
export async function insertRows<Table extends keyof Database & string>(db: Db, table: Table, rows: readonly (Insertable<Database[Table]> & PlainRow)[]) {
  if (isPostgres(db)) {
    await insertJsonRows(db, table, rows);
    return;
  }
  const columns = Math.max(1, Object.keys(rows[0] ?? {}).length);
  for (const chunk of chunksOf(rows, Math.floor(SQLITE_PARAMETERS_PER_STATEMENT / columns))) await db.insertInto(table).values(chunk).execute();
}

/** Rows in statements of ROWS_PER_STATEMENT, each made only when the one before has been sent (see insertJsonChunks). */
export function* lazyChunks<T, Row extends PlainRow>(items: readonly T[], toRow: (item: T, index: number) => Row): Generator<Row[]> {
  for (let start = 0; start < items.length; start += ROWS_PER_STATEMENT) {
    yield items.slice(start, start + ROWS_PER_STATEMENT).map((item, offset) => toRow(item, start + offset));
  }
}

/**
 * insertJsonRows over chunks that may be computed lazily (a generator): the next chunk is taken, and
 * its statement built, while the previous statement runs in the database.
 */
export async function insertJsonChunks<Table extends keyof Database & string>(
  db: Db,
  table: Table,
  chunks: Iterable<readonly PlainRow[]>,
  returning: readonly (keyof Database[Table] & string)[] = [],
): Promise<Record<string, unknown>[]> {
  const inserted: Record<string, unknown>[] = [];
  let running: Promise<Record<string, unknown>[]> | null = null;
  for (const chunk of chunks) {
    const statement = jsonInsert(table, chunk, returning);
    if (running) inserted.push(...(await running));
    running = statement ? statement.execute(db).then((result) => result.rows) : null;
    // Awaited in the next turn or after the loop; until then a failure must not count as unhandled.
    running?.catch(() => undefined);
    if (running) await sentOff();
  }
  if (running) inserted.push(...(await running));
  return inserted;
}

/** After I/O callbacks: the statement just queued is on its way when the next one is built. */
function sentOff(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

function jsonInsert(table: string, rows: readonly PlainRow[], returning: readonly string[]) {
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row).filter((key) => row[key] !== undefined)))];
  if (columns.length === 0) return null;
  const json = rowsAsJson(rows, columns);
  const list = sql.join(columns.map((column) => sql.ref(column)));
  return sql<Record<string, unknown>>`insert into ${sql.table(table)} (${list})
      select ${list} from json_populate_recordset(null::${sql.table(table)}, ${json}::json) with ordinality
      order by ordinality
      ${returning.length > 0 ? sql`returning ${sql.join(returning.map((column) => sql.ref(column)))}` : sql``}`;
}

/** The rows' `columns` as one JSON array of objects keyed by the database's column names (a missing value is null). */
export function rowsAsJson(rows: readonly PlainRow[], columns: readonly string[]): string {
  const names = columns.map(snakeCase);
  return JSON.stringify(
    rows.map((row) => {
      const out: Record<string, unknown> = {};
      for (const [index, column] of columns.entries()) out[names[index]!] = row[column] ?? null;
      return out;
    }),
  );
}

/**
 * Rows grouped by the columns they define (`except` left out): rows of one multi-row statement must
 * name the same columns, or a value a row lacks would be written as NULL over the column's default or
 * its stored value. Rows are pushed, not spread: a copy per row made grouping 5,000 rows quadratic.
 */
export function groupByDefinedColumns<Row extends PlainRow>(rows: readonly Row[], except: readonly string[] = []) {
  const groups = new Map<string, { columns: string[]; rows: Row[] }>();
  for (const row of rows) {
    const columns = Object.keys(row)
      .filter((key) => row[key] !== undefined && !except.includes(key))
      .sort();
    const key = columns.join(',');
    const group = groups.get(key);
    if (group) group.rows.push(row);
    else groups.set(key, { columns, rows: [row] });
  }
  return [...groups.values()];
}

/** The database's name of a column (the CamelCasePlugin's mapping: `planId` → `plan_id`). */
export function snakeCase(column: string): string {
  return column.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

import { sql } from 'kysely';
import type { Database } from './schema.js';
import type { Db } from './database.js';
import { chunksOf } from '../shared/chunks.js';

/** A row of plain column values, as JSON carries them unchanged (text, numbers, null). */
export type PlainRow = Readonly<Record<string, string | number | boolean | null | undefined>>;

// Rows a statement at most. A 5,000-row import is five statements: each next one is built (its JSON,
// and whatever the caller computes for its rows) while the one before is in the database, on the
// other core; one statement of 5,000 left the database idle while all of it was built, then this
// process idle while it was written.
const ROWS_PER_STATEMENT = 1000;

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
  const names = columns.map(snakeCase);
  const json = JSON.stringify(rows.map((row) => snakeKeys(row, columns, names)));
  const list = sql.join(columns.map((column) => sql.ref(column)));
  return sql<Record<string, unknown>>`insert into ${sql.table(table)} (${list})
      select ${list} from json_populate_recordset(null::${sql.table(table)}, ${json}::json) with ordinality
      order by ordinality
      ${returning.length > 0 ? sql`returning ${sql.join(returning.map((column) => sql.ref(column)))}` : sql``}`;
}

/** The row with the database's column names as keys. */
function snakeKeys(row: PlainRow, columns: readonly string[], names: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [index, column] of columns.entries()) out[names[index]!] = row[column] ?? null;
  return out;
}

/** The database's name of a column (the CamelCasePlugin's mapping: `planId` → `plan_id`). */
export function snakeCase(column: string): string {
  return column.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

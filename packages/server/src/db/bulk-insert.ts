import { sql } from 'kysely';
import type { Database } from './schema.js';
import type { Db } from './database.js';

/** A row of plain column values, as JSON carries them unchanged (text, numbers, null). */
export type PlainRow = Readonly<Record<string, string | number | boolean | null | undefined>>;

// Rows a statement at most: a 5,000-row import is one statement, and one JSON text stays some megabytes.
const ROWS_PER_STATEMENT = 5000;

/**
 * PostgreSQL only: inserts rows as ONE bound parameter, a JSON array that json_populate_recordset
 * expands into the table's own row type (so every value gets its column's type without casts here).
 * A multi-row VALUES of 5,000 rows × 15 columns is 75,000 parameters that Kysely compiles, pg
 * serialises one by one and the server parses and plans: on an import that cost more than the rows'
 * own writes. Rows come out of the function in array order and `order by ordinality` keeps that
 * order for the inserts, so serial ids follow the rows (the audit chain relies on it).
 * Columns are the union of the rows' defined keys; a key a row lacks is NULL, not the default, so
 * callers pass rows with the same columns. Returns the `returning` columns of each row, in order.
 */
export async function insertJsonRows<Table extends keyof Database & string>(
  db: Db,
  table: Table,
  rows: readonly PlainRow[],
  returning: readonly (keyof Database[Table] & string)[] = [],
): Promise<Record<string, unknown>[]> {
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row).filter((key) => row[key] !== undefined)))];
  const inserted: Record<string, unknown>[] = [];
  if (columns.length === 0) return inserted;
  // The database's column names (the CamelCasePlugin's mapping: `planId` → `plan_id`), once per call.
  const names = columns.map((column) => column.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`));
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const json = JSON.stringify(rows.slice(start, start + ROWS_PER_STATEMENT).map((row) => snakeKeys(row, columns, names)));
    const list = sql.join(columns.map((column) => sql.ref(column)));
    const result = await sql<Record<string, unknown>>`insert into ${sql.table(table)} (${list})
      select ${list} from json_populate_recordset(null::${sql.table(table)}, ${json}::json) with ordinality
      order by ordinality
      ${returning.length > 0 ? sql`returning ${sql.join(returning.map((column) => sql.ref(column)))}` : sql``}`.execute(db);
    inserted.push(...result.rows);
  }
  return inserted;
}

/** The row with the database's column names as keys. */
function snakeKeys(row: PlainRow, columns: readonly string[], names: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [index, column] of columns.entries()) out[names[index]!] = row[column] ?? null;
  return out;
}

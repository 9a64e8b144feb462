import { sql } from 'kysely';
import type { Database } from './schema.js';
import type { Db } from './database.js';
import { isPostgres } from './dialect.js';
import { groupByDefinedColumns, ROWS_PER_STATEMENT, rowsAsJson, snakeCase } from './bulk-insert.js';
import type { PlainRow } from './bulk-insert.js';
import { chunksOf } from '../shared/chunks.js';

/** One row's change: which row, the version the writer read, and the new values of the changed columns. */
export type VersionedChange = PlainRow & { id: number; version: number };

/**
 * Many rows of one table changed at once, each only if its version is still the one read (optimistic
 * concurrency, as one row's update does), the version bumped. The changes go as one JSON document a
 * statement that the database joins to the table by id: a re-imported ledger changes thousands of
 * tasks and milestones, and one UPDATE each was the slow part of a re-import (bench/README.md).
 * Returns the ids that were changed; an id missing from it was changed by someone else meanwhile.
 */
export async function updateRowsIfVersion<Table extends keyof Database & string>(
  db: Db,
  table: Table,
  changes: readonly VersionedChange[],
): Promise<Set<number>> {
  const updated = new Set<number>();
  for (const group of groupByDefinedColumns(changes, ['id', 'version'])) {
    for (const chunk of chunksOf(group.rows, ROWS_PER_STATEMENT)) {
      const json = rowsAsJson(chunk, ['id', 'version', ...group.columns]);
      const statement = isPostgres(db) ? postgresUpdate(table, group.columns, json) : sqliteUpdate(table, group.columns, json);
      for (const row of (await statement.execute(db)).rows) updated.add(Number(row.id));
    }
  }
  return updated;
}

function assignments(table: string, columns: readonly string[]) {
  return sql.join([
    ...columns.map((column) => sql`${sql.ref(column)} = ${sql.ref(`v.${column}`)}`),
    sql`${sql.ref('version')} = ${sql.ref(`${table}.version`)} + 1`,
  ]);
}

/** The rows typed as the table's own row type by json_populate_recordset. */
function postgresUpdate(table: string, columns: readonly string[], json: string) {
  return sql<{ id: number }>`update ${sql.table(table)} set ${assignments(table, columns)}
    from json_populate_recordset(null::${sql.table(table)}, ${json}::json) as v
    where ${sql.ref(`${table}.id`)} = ${sql.ref('v.id')} and ${sql.ref(`${table}.version`)} = ${sql.ref('v.version')}
    returning ${sql.ref(`${table}.id`)}`;
}

/** json_extract gives each value its JSON type (text, integer, real, NULL), which the columns' affinities keep. */
function sqliteUpdate(table: string, columns: readonly string[], json: string) {
  const values = sql.join(['id', 'version', ...columns].map((column) => sql`json_extract(value, ${`$.${snakeCase(column)}`}) as ${sql.ref(column)}`));
  return sql<{ id: number }>`update ${sql.table(table)} set ${assignments(table, columns)}
    from (select ${values} from json_each(${json})) as v
    where ${sql.ref(`${table}.id`)} = ${sql.ref('v.id')} and ${sql.ref(`${table}.version`)} = ${sql.ref('v.version')}
    returning ${sql.ref(`${table}.id`)}`;
}

import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { isPostgres } from '../dialect.js';

/**
 * Indexes for the lists' sorts and for lookups that had none: items in list order (area, code) and by
 * title or last change within a plan, read from the index without the items' text; by section and staff member
 * (what a deleted section or person must check), accounts by organisation and department, people by
 * department, evidence by item. On PostgreSQL, a trigram index serves the Chinese search
 * (search_text LIKE '%…%') when the pg_trgm extension is there or may be created.
 */
const INDEXES: readonly (readonly [string, string, readonly string[]])[] = [
  // Replaces items_plan_area_idx (plan_id, area_id): the list's order (area, code) read from the index alone.
  ['items_plan_area_code_idx', 'items', ['plan_id', 'area_id', 'code']],
  ['items_plan_title_idx', 'items', ['plan_id', 'title']],
  ['items_plan_updated_idx', 'items', ['plan_id', 'updated_at']],
  ['items_section_idx', 'items', ['section_id']],
  ['items_staff_idx', 'items', ['staff_person_id']],
  ['users_organisation_idx', 'users', ['organisation_id']],
  ['users_department_idx', 'users', ['department_id']],
  ['people_department_idx', 'people', ['department_id']],
  ['evidence_files_item_idx', 'evidence_files', ['item_id']],
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const [name, table, columns] of INDEXES)
    await db.schema
      .createIndex(name)
      .on(table)
      .columns([...columns])
      .execute();
  await db.schema.dropIndex('items_plan_area_idx').execute();
  if (isPostgres(db) && (await ensureTrigramExtension(db))) {
    await sql`create index items_search_text_trgm_idx on items using gin (search_text gin_trgm_ops)`.execute(db);
  }
}

/**
 * pg_trgm ships with PostgreSQL and is a trusted extension (a database owner may create it), but a
 * server without the contrib package or a role without the right must not fail the migration: the
 * search then scans, as on SQLite. The attempt runs in a savepoint so a refusal leaves the migration's
 * transaction usable.
 */
async function ensureTrigramExtension(db: Kysely<unknown>): Promise<boolean> {
  const installed = await sql`select 1 from pg_extension where extname = 'pg_trgm'`.execute(db);
  if (installed.rows.length > 0) return true;
  const available = await sql`select 1 from pg_available_extensions where name = 'pg_trgm'`.execute(db);
  if (available.rows.length === 0) return false;
  await sql`savepoint plantrack_pg_trgm`.execute(db);
  try {
    await sql`create extension if not exists pg_trgm`.execute(db);
    await sql`release savepoint plantrack_pg_trgm`.execute(db);
    return true;
  } catch {
    await sql`rollback to savepoint plantrack_pg_trgm`.execute(db);
    return false;
  }
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}

import type { Kysely } from 'kysely';

/** Each session carries its own CSRF token, returned at login and required on every state change. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('sessions').addColumn('csrf_token', 'text').execute();
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}

import type { Kysely } from 'kysely';

/** E-mail address for reminders; optional, since in-app notifications always reach the user. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('users').addColumn('email', 'text').execute();
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}

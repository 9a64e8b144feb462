import type { Kysely } from 'kysely';

/**
 * 等保 level 3 login controls: password age and lockout on the account, restricted and idle-limited
 * sessions, the second factor (TOTP), and counters for rate limits shared by every app server.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // When the password was last set (null: since the account was created); failures since the last success.
  await db.schema.alterTable('users').addColumn('password_changed_at', 'text').execute();
  await db.schema
    .alterTable('users')
    .addColumn('failed_login_count', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('users').addColumn('last_failed_login_at', 'text').execute();
  await db.schema.alterTable('users').addColumn('locked_until', 'text').execute();

  // A restricted session may only change its password or enrol a second factor; idle minutes as at login.
  await db.schema.alterTable('sessions').addColumn('restriction', 'text').execute();
  await db.schema
    .alterTable('sessions')
    .addColumn('idle_minutes', 'integer', (c) => c.notNull().defaultTo(30))
    .execute();
  await db.schema.createIndex('sessions_expires_idx').on('sessions').column('expires_at').execute();

  await db.schema
    .createTable('user_totp')
    .addColumn('user_id', 'integer', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('secret', 'text')
    .addColumn('pending_secret', 'text')
    .addColumn('enabled_at', 'text')
    // The last 30-second step whose code was accepted: no code of that step or before works again.
    .addColumn('last_used_step', 'integer')
    .execute();

  // Fixed-window counters (rate limits, login failures per address), in the database so that every
  // app server counts against the same limit.
  await db.schema
    .createTable('rate_limit_counters')
    .addColumn('bucket', 'text', (c) => c.notNull())
    .addColumn('window_start', 'text', (c) => c.notNull())
    .addColumn('hits', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('rate_limit_counters_pk', ['bucket', 'window_start'])
    .execute();
  await db.schema.createIndex('rate_limit_counters_window_idx').on('rate_limit_counters').column('window_start').execute();
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}

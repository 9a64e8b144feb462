import type { Kysely } from 'kysely';
import { isPostgres } from '../dialect.js';

/**
 * The history of each supervision order: one row per step (issue, acknowledge, answer, return, close)
 * with its actor, time and text. The order row keeps only the latest answer and comment; a returned
 * order is answered again, and both rounds must stay readable.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const created = db.schema.createTable('supervision_order_events');
  await (
    isPostgres(db)
      ? created.addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
      : created.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
  )
    .addColumn('order_id', 'integer', (c) => c.notNull().references('supervision_orders.id').onDelete('cascade'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'integer', (c) => c.references('users.id'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('text', 'text')
    .execute();
  await db.schema.createIndex('supervision_order_events_order_idx').on('supervision_order_events').column('order_id').execute();
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}

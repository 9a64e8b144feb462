import type { Kysely } from 'kysely';
import { sql } from 'kysely';

/**
 * A leader's instruction (批示) now runs a path: delivered to the item's lead department (送达) → the
 * department acknowledges it (阅办) → the department reports what it did (落实反馈). Each step keeps
 * who and when; the version guards against two people answering at once. Instructions written before
 * this were delivered and nothing more.
 *
 * Supervision orders carry a level (督办等级: 一般, 黄牌, 红牌), and the department names its contact
 * person for the order (承办联系人) when it signs; the phone is personal data, stored encrypted.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const columns: [string, string][] = [
    ['status', "text not null default 'delivered'"],
    ['read_by', 'integer references users(id)'],
    ['read_at', 'text'],
    ['feedback', 'text'],
    ['feedback_by', 'integer references users(id)'],
    ['feedback_at', 'text'],
    ['version', 'integer not null default 1'],
  ];
  for (const [name, definition] of columns) await sql`alter table instructions add column ${sql.raw(name)} ${sql.raw(definition)}`.execute(db);
  await db.schema.createIndex('instructions_author_status_idx').on('instructions').columns(['author_id', 'status']).execute();

  await db.schema
    .alterTable('supervision_orders')
    .addColumn('level', 'text', (c) => c.notNull().defaultTo('normal'))
    .execute();
  await db.schema.alterTable('supervision_orders').addColumn('contact_name', 'text').execute();
  await db.schema.alterTable('supervision_orders').addColumn('contact_phone', 'text').execute();
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}

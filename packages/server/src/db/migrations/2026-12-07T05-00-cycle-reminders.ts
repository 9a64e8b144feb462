import type { Kysely } from 'kysely';
import { isPostgres } from '../dialect.js';

/**
 * 催报: the office reminds one department, by hand, to report in a cycle. Each reminder is kept (who,
 * when, which department, how many accounts were notified) so the cycles page can show 已催报 N 次 and
 * the next click can be refused if it repeats one made a moment ago.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const created = db.schema.createTable('cycle_reminders');
  await (
    isPostgres(db)
      ? created.addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
      : created.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
  )
    .addColumn('cycle_id', 'integer', (c) => c.notNull().references('reporting_cycles.id').onDelete('cascade'))
    .addColumn('department_id', 'integer', (c) => c.notNull().references('departments.id').onDelete('cascade'))
    .addColumn('sent_by', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .addColumn('notified_count', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('cycle_reminders_cycle_idx').on('cycle_reminders').columns(['cycle_id', 'department_id', 'sent_at']).execute();
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}

import type { Kysely } from 'kysely';

/**
 * An indicator the office no longer tracks is retired, not deleted: its values, reports and audit
 * history stay readable, while lists, dashboards, the evaluation, the bulletin and the handout leave
 * it out unless asked to show retired ones. `retired_at` (UTC ISO text) null means in use.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('indicators').addColumn('retired_at', 'text').execute();
}

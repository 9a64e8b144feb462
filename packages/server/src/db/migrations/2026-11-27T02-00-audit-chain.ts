import type { Kysely } from 'kysely';
import { auditHash, GENESIS_HASH } from '../../audit/audit-chain.js';
import type { Db } from '../database.js';

const BATCH = 500;

/**
 * The audit log becomes a hash chain (audit/audit-chain.ts): two columns, and the rows already there
 * chained in id order with the audit key. Nothing can change them unnoticed from here on.
 */
export async function up(raw: Kysely<unknown>): Promise<void> {
  await raw.schema.alterTable('audit_log').addColumn('prev_hash', 'text').execute();
  await raw.schema.alterTable('audit_log').addColumn('hash', 'text').execute();
  const db = raw as unknown as Db;
  let prevHash = GENESIS_HASH;
  for (let afterId = 0; ;) {
    const rows = await db.selectFrom('auditLog').selectAll().where('id', '>', afterId).orderBy('id').limit(BATCH).execute();
    for (const row of rows) {
      const hash = auditHash(prevHash, row);
      await db.updateTable('auditLog').set({ prevHash, hash }).where('id', '=', row.id).execute();
      prevHash = hash;
    }
    if (rows.length < BATCH) break;
    afterId = rows[rows.length - 1]!.id;
  }
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}

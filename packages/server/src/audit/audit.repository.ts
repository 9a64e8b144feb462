import type { Insertable } from 'kysely';
import type { Db } from '../db/database.js';
import type { AuditLogTable } from '../db/schema.js';

export type AuditEntry = Insertable<AuditLogTable>;

export async function insertAuditEntry(db: Db, entry: AuditEntry): Promise<void> {
  await db.insertInto('auditLog').values(entry).execute();
}

export interface AuditFilter {
  organisationId: number;
  entityType?: string | undefined;
  entityId?: string | undefined;
  userId?: number | undefined;
  action?: string | undefined;
  limit: number;
  offset: number;
}

export async function findAuditEntries(db: Db, filter: AuditFilter) {
  let query = db.selectFrom('auditLog').where('organisationId', '=', filter.organisationId);
  if (filter.entityType) query = query.where('entityType', '=', filter.entityType);
  if (filter.entityId) query = query.where('entityId', '=', filter.entityId);
  if (filter.userId !== undefined) query = query.where('userId', '=', filter.userId);
  if (filter.action) query = query.where('action', '=', filter.action);
  const [rows, count] = await Promise.all([
    query.selectAll().orderBy('id', 'desc').limit(filter.limit).offset(filter.offset).execute(),
    query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.total) };
}

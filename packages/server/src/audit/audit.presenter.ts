import type { Selectable } from 'kysely';
import type { AuditLogTable } from '../db/schema.js';

/** Before/after are stored as JSON text; shown as the values they were. Text that is not JSON is shown as it is. */
function parseSnapshot(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

export function presentAuditEntry(row: Selectable<AuditLogTable>) {
  return {
    id: row.id,
    at: row.at,
    userId: row.userId,
    username: row.username,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    outcome: row.outcome,
    before: parseSnapshot(row.before),
    after: parseSnapshot(row.after),
    ip: row.ip,
    requestId: row.requestId,
  };
}

import type { RequestContext } from '../auth/actor.js';
import type { Db } from '../db/database.js';
import { nowIso } from '../shared/clock.js';
import { insertAuditEntry } from './audit.repository.js';

export interface AuditedChange {
  action: string;
  entityType: string;
  entityId: number | string | null;
  before?: unknown;
  after?: unknown;
  outcome?: 'success' | 'denied' | 'failure';
}

/**
 * Writes one audit row. Call it with the transaction that makes the change, so the change and its
 * record commit or roll back together.
 */
export async function recordAudit(db: Db, ctx: RequestContext | null, change: AuditedChange): Promise<void> {
  await insertAuditEntry(db, {
    at: nowIso(),
    organisationId: ctx?.actor.organisationId ?? null,
    userId: ctx?.actor.userId ?? null,
    username: ctx?.actor.username ?? 'system',
    action: change.action,
    entityType: change.entityType,
    entityId: change.entityId === null ? null : String(change.entityId),
    before: change.before === undefined ? null : JSON.stringify(change.before),
    after: change.after === undefined ? null : JSON.stringify(change.after),
    ip: ctx?.ip ?? null,
    requestId: ctx?.requestId ?? null,
    outcome: change.outcome ?? 'success',
  });
}

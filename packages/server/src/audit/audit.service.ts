import type { Actor, RequestContext } from '../auth/actor.js';
import type { Db } from '../db/database.js';
import { nowIso } from '../shared/clock.js';
import { findAuditEntries, insertAuditEntry } from './audit.repository.js';
import { presentAuditEntry } from './audit.presenter.js';
import type { AuditListQuery } from './audit.schema.js';

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

/** What the audit log keeps of a presented record: everything except the caller's policies. */
export function auditSnapshot<T extends { policies: unknown }>(record: T): Omit<T, 'policies'> {
  const { policies: _policies, ...rest } = record;
  return rest;
}

/** The organisation's audit log, newest first. Read-only: no function anywhere changes or deletes a row. */
export async function listAuditEntries(db: Db, actor: Actor, query: AuditListQuery) {
  const { rows, total } = await findAuditEntries(db, {
    organisationId: actor.organisationId,
    entityType: query.entityType,
    entityId: query.entityId,
    userId: query.userId,
    action: query.action,
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  return { entries: rows.map(presentAuditEntry), total, page: query.page, pageSize: query.pageSize };
}

import type { RequestContext } from '../auth/actor.js';
import type { Db } from '../db/database.js';
import { nowIso } from '../shared/clock.js';
import { protectPersonalData } from '../shared/personal-data.js';
import { appendAuditEntries, appendAuditEntry } from './audit.repository.js';
import type { AuditContent } from './audit-chain.js';
import { findAuditEntries } from './audit-search.repository.js';
import type { AuditFilter } from './audit-search.repository.js';
import { findAuditEntityLabels } from './audit-entity-labels.repository.js';
import { presentAuditEntry } from './audit.presenter.js';
import type { AuditListQuery, AuditSearch } from '@plantrack/contract/audit/audit.contract';
import { auditRange } from './audit-time.js';

export interface AuditedChange {
  action: string;
  entityType: string;
  entityId: number | string | null;
  before?: unknown;
  after?: unknown;
  outcome?: 'success' | 'denied' | 'failure';
}

/** A request by nobody signed in (a login with an unknown name): its address and id, no actor. */
export interface AnonymousContext {
  actor: null;
  ip: string | null;
  requestId: string | null;
}

/** Before/after as stored: JSON, with personal data (phones, e-mail) encrypted like its columns. */
function snapshotText(value: unknown): string | null {
  return value === undefined ? null : JSON.stringify(protectPersonalData(value));
}

/**
 * Appends one row to the audit chain. Call it with the transaction that makes the change, so the
 * change and its record commit or roll back together; without one it commits on its own.
 */
export async function recordAudit(db: Db, ctx: RequestContext | AnonymousContext | null, change: AuditedChange): Promise<void> {
  await appendAuditEntry(db, auditContentOf(ctx, change, nowIso()));
}

/**
 * The rows many changes of one command (an import) will append, the same as recordAudit would make one
 * by one. Pure CPU work, split from appendPreparedAudits so a caller can do it while the database is
 * busy with something else; an entityId not known yet is set on the returned rows before appending.
 */
export function prepareAudits(ctx: RequestContext | null, changes: readonly AuditedChange[]): AuditContent[] {
  const at = nowIso();
  return changes.map((change) => auditContentOf(ctx, change, at));
}

/** Appends prepared rows to the chain in order, in one go (one lock, one read of the chain's end). */
export async function appendPreparedAudits(db: Db, contents: readonly AuditContent[]): Promise<void> {
  await appendAuditEntries(db, contents);
}

function auditContentOf(ctx: RequestContext | AnonymousContext | null, change: AuditedChange, at: string): AuditContent {
  const actor = ctx?.actor ?? null;
  return {
    at,
    organisationId: actor?.organisationId ?? null,
    userId: actor?.userId ?? null,
    username: actor?.username ?? (ctx ? 'anonymous' : 'system'),
    action: change.action,
    entityType: change.entityType,
    entityId: change.entityId === null ? null : String(change.entityId),
    before: snapshotText(change.before),
    after: snapshotText(change.after),
    ip: ctx?.ip ?? null,
    requestId: ctx?.requestId ?? null,
    outcome: change.outcome ?? 'success',
  };
}

/** What the audit log keeps of a presented record: everything except the caller's policies. */
export function auditSnapshot<T extends { policies: unknown }>(record: T): Omit<T, 'policies'> {
  const { policies: _policies, ...rest } = record;
  return rest;
}

export function auditFilterOf(organisationId: number, search: AuditSearch): AuditFilter {
  return {
    organisationId,
    entityType: search.entityType,
    entityId: search.entityId,
    userId: search.userId,
    action: search.action,
    text: search.q,
    ...auditRange(search.from, search.to),
  };
}

/**
 * The organisation's audit log, newest first. Reading it is itself recorded (who looked for what).
 * Read-only: nothing but `plantrack audit purge` ever deletes a row, and nothing changes one.
 */
export async function listAuditEntries(db: Db, ctx: RequestContext, query: AuditListQuery) {
  const { page, pageSize, ...search } = query;
  const { rows, total } = await findAuditEntries(db, auditFilterOf(ctx.actor.organisationId, search), pageSize, (page - 1) * pageSize);
  await recordAudit(db, ctx, { action: 'audit.read', entityType: 'audit_log', entityId: null, after: { ...search, page, pageSize, total } });
  const labels = await findAuditEntityLabels(db, ctx.actor.organisationId, rows);
  return { entries: rows.map((row) => presentAuditEntry(row, labels)), total, page, pageSize };
}

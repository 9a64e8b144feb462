import type { AuditEntry } from '@plantrack/contract/audit/audit.contract';
import { maskPersonalData } from '../shared/personal-data.js';
import { shanghaiIso } from './audit-time.js';
import type { AuditRow } from './audit.repository.js';

/**
 * Before/after are stored as JSON text; shown as the values they were, with personal data (stored
 * encrypted) masked. Text that is not JSON is shown as it is.
 */
function parseSnapshot(text: string | null): unknown {
  if (text === null) return null;
  try {
    return maskPersonalData(JSON.parse(text) as unknown);
  } catch {
    return text;
  }
}

/** `labels`: the objects' names on this page (audit-entity-labels.repository.ts), so a reader sees "用户账号 wang_staff", not an id. */
export function presentAuditEntry(row: AuditRow, labels: ReadonlyMap<string, string> = new Map()): AuditEntry {
  return {
    id: row.id,
    /** The instant in Asia/Shanghai, with its offset: 2026-11-27T09:30:00.000+08:00. */
    at: shanghaiIso(row.at),
    userId: row.userId,
    username: row.username,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    entityLabel: labels.get(`${row.entityType}:${row.entityId}`) ?? null,
    outcome: row.outcome,
    before: parseSnapshot(row.before),
    after: parseSnapshot(row.after),
    ip: row.ip,
    requestId: row.requestId,
    hash: row.hash,
  };
}

export type PresentedAuditEntry = ReturnType<typeof presentAuditEntry>;

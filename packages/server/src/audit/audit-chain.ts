import { createHmac } from 'node:crypto';
import type { AuditLogRow } from '../db/schema.js';
import { requireSecretKeys } from '../keys/secret-keys.js';

/**
 * Tamper evidence for the audit log: each row stores the previous row's hash and its own,
 * `hash = HMAC-SM3(audit key, prev_hash ‖ "\n" ‖ canonical content)`. Changing a row breaks its own
 * hash; deleting or inserting one breaks the next row's link; forging a consistent chain needs the
 * key, which is not in the database. The chain is one sequence over all organisations, in id order.
 */
export const GENESIS_HASH = '0'.repeat(64);

export type AuditContent = Omit<AuditLogRow, 'id' | 'prevHash' | 'hash'>;

/** The hashed fields, in a fixed order; the id is left out because it is assigned by the insert. */
const CONTENT_FIELDS = [
  'at',
  'organisationId',
  'userId',
  'username',
  'action',
  'entityType',
  'entityId',
  'before',
  'after',
  'ip',
  'requestId',
  'outcome',
] as const satisfies readonly (keyof AuditContent)[];

/** A JSON array of the fields: unambiguous (no separator can be smuggled into a value) and stable. */
export function canonicalAuditContent(row: AuditContent): string {
  return JSON.stringify(CONTENT_FIELDS.map((field) => row[field] ?? null));
}

export function auditHash(prevHash: string, row: AuditContent): string {
  return createHmac('sm3', requireSecretKeys().audit).update(prevHash).update('\n').update(canonicalAuditContent(row)).digest('hex');
}

import type { Kysely, Selectable } from 'kysely';
import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import { insertJsonChunks, lazyChunks } from '../db/bulk-insert.js';
import { isPostgres } from '../db/dialect.js';
import type { AuditLogTable } from '../db/schema.js';
import { chunksOf } from '../shared/chunks.js';
import type { AuditContent } from './audit-chain.js';
import { auditHash, GENESIS_HASH } from './audit-chain.js';

export type AuditRow = Selectable<AuditLogTable>;

// pg_advisory_xact_lock key for appending to the chain ("PTAU"); released when the transaction ends.
const AUDIT_CHAIN_LOCK = 0x50544155;

/**
 * Makes this transaction the only one appending to the chain until it ends. On SQLite every write
 * transaction is BEGIN IMMEDIATE, which already serialises writers across processes.
 */
export async function lockAuditChain(trx: Db): Promise<void> {
  if (isPostgres(trx as unknown as Kysely<unknown>)) await sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`.execute(trx);
}

export async function findLastAuditRow(db: Db): Promise<Pick<AuditRow, 'id' | 'hash'> | undefined> {
  return db.selectFrom('auditLog').select(['id', 'hash']).orderBy('id', 'desc').limit(1).executeTakeFirst();
}

/**
 * The newest audit row's id: a version stamp of everything the application has changed. Every change
 * writes its audit row in its own transaction, and appends are serialised until commit (lockAuditChain),
 * so ids become visible in commit order and the stamp moves whenever committed data did. One index probe.
 */
export async function findAuditHeadId(db: Db): Promise<number> {
  const row = await db.selectFrom('auditLog').select('id').orderBy('id', 'desc').limit(1).executeTakeFirst();
  return row?.id ?? 0;
}

/**
 * Appends one row to the chain. Inside the caller's transaction when given one, so the change and its
 * record commit together; otherwise (a failed login) in a transaction of its own.
 */
export async function appendAuditEntry(db: Db, entry: AuditContent): Promise<void> {
  if (!db.isTransaction) return db.transaction().execute((trx) => appendAuditEntry(trx, entry));
  await lockAuditChain(db);
  const prevHash = (await findLastAuditRow(db))?.hash ?? GENESIS_HASH;
  await db
    .insertInto('auditLog')
    .values({ ...entry, prevHash, hash: auditHash(prevHash, entry) })
    .execute();
}

/**
 * Appends many rows to the chain in order, as one lock, one read of the chain's end and a few
 * multi-row INSERTs (an import of thousands of rows). Each row links to the one before it exactly as
 * appendAuditEntry would link them; a multi-row INSERT assigns ids in the order of its rows.
 */
export async function appendAuditEntries(db: Db, entries: readonly AuditContent[]): Promise<void> {
  if (entries.length === 0) return;
  if (!db.isTransaction) return db.transaction().execute((trx) => appendAuditEntries(trx, entries));
  await lockAuditChain(db);
  let prevHash = (await findLastAuditRow(db))?.hash ?? GENESIS_HASH;
  const linked = (entry: AuditContent) => {
    const row = { ...entry, prevHash, hash: auditHash(prevHash, entry) };
    prevHash = row.hash;
    return row;
  };
  // PostgreSQL: statements whose rows keep their order, each next batch hashed while the one before
  // is written (an import's 5,000 rows: the hashing costs about what the writing does). SQLite:
  // 14 columns a row, 500 rows stay far below its limit on bound parameters.
  if (isPostgres(db)) await insertJsonChunks(db, 'auditLog', lazyChunks(entries, linked));
  else for (const chunk of chunksOf(entries.map(linked), 500)) await db.insertInto('auditLog').values(chunk).execute();
}

/** Rows in chain order after `afterId`, a batch at a time (verification, migration). */
export async function findAuditRowsAfter(db: Db, afterId: number, limit: number): Promise<AuditRow[]> {
  return db.selectFrom('auditLog').selectAll().where('id', '>', afterId).orderBy('id').limit(limit).execute();
}

/** The latest purge record: it names the last purged row, whose hash the oldest kept row links to. */
export async function findLatestPurgeRow(db: Db): Promise<AuditRow | undefined> {
  return db.selectFrom('auditLog').selectAll().where('action', '=', 'audit.purge').orderBy('id', 'desc').limit(1).executeTakeFirst();
}

/** The oldest row at or after the instant: everything before it in the chain may be purged. */
export async function findFirstAuditRowFrom(db: Db, fromIso: string): Promise<Pick<AuditRow, 'id'> | undefined> {
  return db.selectFrom('auditLog').select('id').where('at', '>=', fromIso).orderBy('id').limit(1).executeTakeFirst();
}

export async function findLastAuditRowBefore(db: Db, beforeId: number | null): Promise<AuditRow | undefined> {
  let query = db.selectFrom('auditLog').selectAll();
  if (beforeId !== null) query = query.where('id', '<', beforeId);
  return query.orderBy('id', 'desc').limit(1).executeTakeFirst();
}

/** The one deletion of audit rows there is: the head of the chain, by `plantrack audit purge`. */
export async function deleteAuditRowsThrough(db: Db, throughId: number): Promise<number> {
  const result = await db.deleteFrom('auditLog').where('id', '<=', throughId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function countAuditRowsThrough(db: Db, throughId: number): Promise<number> {
  const row = await db
    .selectFrom('auditLog')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('id', '<=', throughId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

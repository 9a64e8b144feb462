import { addDaysToDate, isDate, todayInShanghai } from '@plantrack/domain';
import type { Db } from '../db/database.js';
import { startOfShanghaiDate } from './audit-time.js';
import { countAuditRowsThrough, deleteAuditRowsThrough, findFirstAuditRowFrom, findLastAuditRowBefore } from './audit.repository.js';
import { recordAudit } from './audit.service.js';
import { verifyAuditChain } from './verify-audit-chain.js';

export interface PurgeRequest {
  /** Shanghai date: rows recorded before its start are purged. */
  before: string;
  retentionDays: number;
  today?: string;
}

export interface PurgeOutcome {
  deleted: number;
  throughId: number | null;
}

/** A purge that would break the rules; nothing has been deleted. */
export class AuditPurgeRefused extends Error {}

/**
 * Removes the oldest audit rows, never any inside the retention window, and only from the head of
 * the chain. It first appends an `audit.purge` row naming the last purged row and its hash; the
 * oldest kept row links to that hash, so `plantrack audit verify` still checks the whole rest.
 */
export async function purgeAuditLog(db: Db, request: PurgeRequest): Promise<PurgeOutcome> {
  if (!isDate(request.before)) throw new AuditPurgeRefused(`--before 应为日期 YYYY-MM-DD（not a date: ${request.before}）`);
  const latestAllowed = addDaysToDate(request.today ?? todayInShanghai(), -request.retentionDays);
  if (request.before > latestAllowed) {
    throw new AuditPurgeRefused(
      `审计日志须保留 ${request.retentionDays} 天，最晚只能清理 ${latestAllowed} 之前的记录，未删除任何记录（within the retention window; nothing deleted）`,
    );
  }
  const report = await verifyAuditChain(db);
  if (report.broken)
    throw new AuditPurgeRefused(`审计日志链已断，拒绝清理，未删除任何记录：${report.broken.messageZh}（the chain is broken; nothing deleted）`);
  return db.transaction().execute(async (trx) => {
    // Contiguous from the head: everything before the oldest row recorded at or after the cut-off.
    const firstKept = await findFirstAuditRowFrom(trx, startOfShanghaiDate(request.before));
    const lastPurged = await findLastAuditRowBefore(trx, firstKept?.id ?? null);
    if (!lastPurged) return { deleted: 0, throughId: null };
    const deleted = await countAuditRowsThrough(trx, lastPurged.id);
    await recordAudit(trx, null, {
      action: 'audit.purge',
      entityType: 'audit_log',
      entityId: null,
      after: { before: request.before, retentionDays: request.retentionDays, deleted, throughId: lastPurged.id, throughHash: lastPurged.hash },
    });
    await deleteAuditRowsThrough(trx, lastPurged.id);
    return { deleted, throughId: lastPurged.id };
  });
}

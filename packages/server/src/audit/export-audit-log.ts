import { todayInShanghai } from '@plantrack/domain';
import type { RequestContext } from '../auth/actor.js';
import type { Db } from '../db/database.js';
import type { DownloadFile } from '../io/download.js';
import { CONTENT_TYPES } from '@plantrack/contract/shared.contract';
import { auditCsvHeader, auditCsvLine } from './audit-csv.js';
import { presentAuditEntry } from './audit.presenter.js';
import { findAuditEntriesAfter } from './audit-search.repository.js';
import type { AuditExportQuery } from '@plantrack/contract/audit/audit.contract';
import { auditFilterOf, recordAudit } from './audit.service.js';

const BATCH = 1000;

/** The matching entries, oldest first, as CSV (personal data masked as on screen); the export is audited. */
export async function exportAuditLog(db: Db, ctx: RequestContext, query: AuditExportQuery): Promise<DownloadFile & { rowCount: number }> {
  const { format, ...search } = query;
  const filter = auditFilterOf(ctx.actor.organisationId, search);
  const parts = [auditCsvHeader()];
  let rowCount = 0;
  for (let afterId = 0; ;) {
    const rows = await findAuditEntriesAfter(db, filter, afterId, BATCH);
    for (const row of rows) parts.push(auditCsvLine(presentAuditEntry(row)));
    rowCount += rows.length;
    if (rows.length < BATCH) break;
    afterId = rows[rows.length - 1]!.id;
  }
  await recordAudit(db, ctx, { action: 'audit.export', entityType: 'audit_log', entityId: null, after: { ...search, format, rowCount } });
  const date = todayInShanghai();
  return {
    content: Buffer.from(parts.join(''), 'utf8'),
    fileName: `审计日志_${date}.csv`,
    asciiFileName: `audit-log-${date}.csv`,
    contentType: CONTENT_TYPES.csv,
    rowCount,
  };
}

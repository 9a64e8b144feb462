import { createHash } from 'node:crypto';
import type { RequestContext } from '../../auth/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import type { Db } from '../../db/database.js';
import { AppError } from '../../shared/app-error.js';
import { nowIso } from '../../shared/clock.js';
import type { UploadedFile } from '../../shared/multipart.js';
import { detectEvidenceContent } from './evidence-content.js';
import { hasRunnableExtension, sanitiseFileName } from './evidence-name.js';
import { findEvidenceOfReportWithContent, insertEvidence, lockEvidenceContent } from './evidence.repository.js';
import { presentEvidence } from './evidence.presenter.js';
import { getEditableReport, requireRoomForEvidence } from './evidence.service.js';
import { removeEvidenceContent, storeEvidenceContent } from './evidence-store.js';

/**
 * A department adds one evidence file (佐证材料) to its report. Everything that can refuse the file
 * (scope, state, count, size, name, content) is checked before a byte is written; the content is then
 * stored under its hash and its row added in one transaction, which removes a new file again if the
 * row cannot be written. Uploading the same content to the same report again (a retry, a double click)
 * returns the row it already has.
 */
export async function uploadEvidence(db: Db, dataDir: string, ctx: RequestContext, reportId: number, file: UploadedFile) {
  // Refuse before accepting megabytes from someone who may not add them.
  await getEditableReport(db, ctx.actor, reportId);
  await requireRoomForEvidence(db, reportId);
  const content = await file.readContent();
  const originalName = sanitiseFileName(file.fileName);
  if (hasRunnableExtension(originalName)) throw new AppError('FILE_TYPE_NOT_ALLOWED', { reason: 'a program or script by its name', name: originalName });
  const verdict = detectEvidenceContent(content);
  if (!verdict.ok) throw new AppError('FILE_TYPE_NOT_ALLOWED', { reason: verdict.reason, name: originalName });
  const sha256 = createHash('sha256').update(content).digest('hex');

  const { row, isCreated } = await db.transaction().execute(async (trx) => {
    await lockEvidenceContent(trx, sha256);
    // Again inside the transaction: the report may have been submitted, or filled up, meanwhile.
    const report = await getEditableReport(trx, ctx.actor, reportId);
    const existing = await findEvidenceOfReportWithContent(trx, reportId, sha256);
    if (existing) return { row: existing, isCreated: false };
    await requireRoomForEvidence(trx, reportId);
    const { isNew } = await storeEvidenceContent(dataDir, sha256, content);
    try {
      const created = await insertEvidence(trx, {
        reportId,
        itemId: report.itemId,
        sha256,
        originalName,
        mimeType: verdict.mimeType,
        sizeBytes: content.length,
        uploadedBy: ctx.actor.userId,
        uploadedAt: nowIso(),
      });
      await recordAudit(trx, ctx, { action: 'evidence.upload', entityType: 'evidence_file', entityId: created.id, after: created });
      return { row: created, isCreated: true };
    } catch (error) {
      if (isNew) await removeEvidenceContent(dataDir, sha256);
      throw error;
    }
  });
  return { evidence: presentEvidence(row), isCreated };
}

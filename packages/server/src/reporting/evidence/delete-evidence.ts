import type { RequestContext } from '../../auth/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import type { Db } from '../../db/database.js';
import { countEvidenceWithContent, deleteEvidence as deleteEvidenceRow, lockEvidenceContent } from './evidence.repository.js';
import { getEvidenceRow, requireEvidenceEditable } from './evidence.service.js';
import { removeEvidenceContent } from './evidence-store.js';

/**
 * A department removes an evidence file from a report it is still working on. The content leaves the
 * disk only when no other evidence row (of this or any report) has the same content.
 */
export async function deleteEvidence(db: Db, dataDir: string, ctx: RequestContext, id: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await getEvidenceRow(trx, ctx.actor, id);
    requireEvidenceEditable(ctx.actor, { state: row.reportState, cycleStatus: row.cycleStatus, period: row.period });
    await lockEvidenceContent(trx, row.sha256);
    await deleteEvidenceRow(trx, id);
    const { reportState: _state, cycleStatus: _cycle, period: _period, ...before } = row;
    await recordAudit(trx, ctx, { action: 'evidence.delete', entityType: 'evidence_file', entityId: id, before });
    // Last, under the content lock: nothing can add a reference to this hash until the commit.
    if ((await countEvidenceWithContent(trx, row.sha256)) === 0) await removeEvidenceContent(dataDir, row.sha256);
  });
}

import { recordAudit, recordAudits } from '../../audit/audit.service.js';
import type { Db } from '../../db/database.js';
import { AppError } from '../../shared/app-error.js';
import { nowIso } from '../../shared/clock.js';
import type { IoCaller } from '../io-caller.js';
import { analyseLedgerImport } from './analyse-ledger-import.js';
import type { AnalysedEntry } from './ledger-import.types.js';
import type { LedgerImportInput } from './preview-ledger-import.js';
import { fileToken, presentImport, readImportFile } from './preview-ledger-import.js';
import { applyImportEntries } from './apply-import-entry.js';

export interface LedgerImportCommit extends LedgerImportInput {
  /** The preview's token (sha256 of the file): when given, a different file is refused. */
  token?: string | undefined;
}

/**
 * Step two: applies the whole file in ONE transaction, or nothing. The file is read again (servers keep
 * no state between preview and commit) and analysed again inside the transaction, so what is written
 * follows from the rows as they are now; any problem, or any row changed meanwhile by someone else
 * (stale version), rolls everything back. One audit row per created or changed item, one for the import.
 */
export async function commitLedgerImport(db: Db, caller: IoCaller, input: LedgerImportCommit) {
  const token = fileToken(input.content);
  if (input.token !== undefined && input.token !== token) throw new AppError('IMPORT_FILE_CHANGED', { expected: input.token, received: token });
  const read = await readImportFile(input);
  return db.transaction().execute(async (trx) => {
    const analysis = await analyseLedgerImport(trx, caller.actor, read, input.kind);
    if (analysis.problems.length > 0) throw new AppError('IMPORT_HAS_PROBLEMS', { problems: analysis.problems });
    const now = nowIso();
    const applied = analysis.entries.filter((entry) => entry.kind !== 'unchanged');
    const itemIds = await applyImportEntries(trx, analysis, applied, now);
    await recordAudits(
      trx,
      caller.audit,
      applied.map((entry, index) => auditOfEntry(entry, itemIds[index]!)),
    );
    const preview = presentImport(analysis, read, input);
    await recordAudit(trx, caller.audit, {
      action: 'ledger.import',
      entityType: 'ledger',
      entityId: analysis.ledger.id,
      after: {
        ledger: analysis.kind,
        fileName: input.fileName,
        sha256: token,
        created: preview.creates.map((c) => c.code),
        updated: preview.updates.map((u) => u.code),
        unchanged: preview.unchanged.length,
      },
    });
    return { ...preview, isCommitted: true };
  });
}

function auditOfEntry(entry: AnalysedEntry, itemId: number) {
  const pick = (side: 0 | 1) => Object.fromEntries(Object.entries(entry.changes).map(([key, pair]) => [key, pair[side]]));
  const code = entry.resolved.existing?.code ?? entry.resolved.row.code;
  return entry.kind === 'create'
    ? { action: 'item.import_create', entityType: 'item', entityId: itemId, after: { code, ...pick(1) } }
    : { action: 'item.import_update', entityType: 'item', entityId: itemId, before: { code, ...pick(0) }, after: { code, ...pick(1) } };
}

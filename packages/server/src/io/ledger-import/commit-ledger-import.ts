import { appendPreparedAudits, prepareAudits } from '../../audit/audit.service.js';
import type { AuditedChange } from '../../audit/audit.service.js';
import type { Db } from '../../db/database.js';
import { AppError } from '../../shared/app-error.js';
import { nowIso } from '../../shared/clock.js';
import type { IoCaller } from '../io-caller.js';
import { analyseLedgerImport } from './analyse-ledger-import.js';
import type { AnalysedEntry, ImportAnalysis, LedgerImportPreview } from './ledger-import.types.js';
import type { LedgerImportInput } from './preview-ledger-import.js';
import { fileToken, importToken, presentImport, readImportFile } from './preview-ledger-import.js';
import { applyImportEntries } from './apply-import-entry.js';

export interface LedgerImportCommit extends LedgerImportInput {
  /** The token of a preview without problems: when given, another file, ledger or year is refused. */
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
  // A token another file, ledger, year or office was given, or none a valid preview gave: preview again.
  if (input.token !== undefined && input.token !== importToken(caller.actor.organisationId, input)) {
    throw new AppError('IMPORT_FILE_CHANGED', { fileSha256: token });
  }
  const read = await readImportFile(input);
  return db.transaction().execute(async (trx) => {
    const analysis = await analyseLedgerImport(trx, caller.actor, read, input.kind);
    if (analysis.problems.length > 0) throw new AppError('IMPORT_HAS_PROBLEMS', { problems: analysis.problems });
    const now = nowIso();
    const applied = analysis.entries.filter((entry) => entry.kind !== 'unchanged');
    // The audit rows' content and the answer need no item ids, and building them for 5,000 rows costs
    // about as much CPU as the database spends inserting the items: built meanwhile, they cost no time.
    const [itemIds, { preview, audits }] = await Promise.all([
      applyImportEntries(trx, analysis, applied, now),
      whileTheDatabaseWorks(() => {
        const preview = presentImport(analysis, read, input);
        const audits = prepareAudits(caller.audit, [...applied.map((entry) => auditOfEntry(entry, null)), importAudit(analysis, input, token, preview)]);
        return { preview, audits };
      }),
    ]);
    // One append for the items' rows and the import's own row, which comes last, as before.
    await appendPreparedAudits(
      trx,
      audits.map((audit, index) => (index < applied.length ? { ...audit, entityId: String(itemIds[index]!) } : audit)),
    );
    return { ...preview, isCommitted: true };
  });
}

/**
 * Runs `work` once the pending database calls have been sent: after I/O callbacks (setImmediate), so
 * the statements queued before are on their way and the database process works while this one does.
 */
function whileTheDatabaseWorks<T>(work: () => T): Promise<T> {
  return new Promise((resolve, reject) =>
    setImmediate(() => {
      try {
        resolve(work());
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    }),
  );
}

function importAudit(analysis: ImportAnalysis, input: LedgerImportCommit, token: string, preview: LedgerImportPreview): AuditedChange {
  return {
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
  };
}

function auditOfEntry(entry: AnalysedEntry, itemId: number | null): AuditedChange {
  const pick = (side: 0 | 1) => Object.fromEntries(Object.entries(entry.changes).map(([key, pair]) => [key, pair[side]]));
  const code = entry.resolved.code;
  return entry.kind === 'create'
    ? { action: 'item.import_create', entityType: 'item', entityId: itemId, after: { code, ...pick(1) } }
    : { action: 'item.import_update', entityType: 'item', entityId: itemId, before: { code, ...pick(0) }, after: { code, ...pick(1) } };
}

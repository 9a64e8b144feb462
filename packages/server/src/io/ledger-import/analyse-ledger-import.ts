import type { Actor } from '../../auth/actor.js';
import type { Db } from '../../db/database.js';
import { getCurrentPlan } from '../../plan/plans.service.js';
import { AppError } from '../../shared/app-error.js';
import type { ImportProblem, LedgerKind, ReadLedgerResult } from '../ledger-xlsx/index.js';
import { findItemsForImport } from './import-items.repository.js';
import { findImportReferences } from './import-lookups.repository.js';
import { diffValues, valuesFromFile, valuesOfItem } from './import-values.js';
import type { AnalysedEntry, ImportAnalysis } from './ledger-import.types.js';
import { resolveImportRows } from './resolve-import-rows.js';

/**
 * What importing a read workbook into the caller's current plan would do: every problem (the file's
 * own and the names the database does not know), and per row whether it creates an item, changes one
 * (field by field, before → after) or changes nothing. Reads only; the commit runs it again inside
 * its transaction, so what it applies is computed from the rows it writes.
 */
export async function analyseLedgerImport(db: Db, actor: Actor, read: ReadLedgerResult, kind: LedgerKind): Promise<ImportAnalysis> {
  const plan = await getCurrentPlan(db, actor);
  const [references, items] = await Promise.all([findImportReferences(db, actor.organisationId, plan.id), findItemsForImport(db, plan.id)]);
  const ledger = references.ledgers.find((l) => l.kind === kind);
  if (!ledger) throw new AppError('UNKNOWN_REFERENCE', { field: 'ledger', value: kind });
  const { resolved, problems } = resolveImportRows(read, references, items);
  const entries = resolved.map((row): AnalysedEntry => {
    const after = valuesFromFile(row, kind);
    const before = valuesOfItem(row.existing, Object.keys(after));
    const changes = diffValues(before, after);
    // A new key indicator also gets its indicator record, even when the file has no indicator columns.
    const needsIndicator = kind === 'key_indicators' && row.existing !== null && row.existing.indicator === null;
    if (row.existing === null) return { kind: 'create', resolved: row, changes };
    return { kind: Object.keys(changes).length > 0 || needsIndicator ? 'update' : 'unchanged', resolved: row, changes };
  });
  const listed = new Set(entries.flatMap((entry) => (entry.resolved.existing ? [entry.resolved.existing.id] : [])));
  const notInFile = items.filter((item) => item.ledgerKinds.includes(kind) && !listed.has(item.id)).map(({ code, title }) => ({ code, title }));
  return {
    kind,
    ledger: { id: ledger.id, name: ledger.name },
    planId: plan.id,
    planEndYear: plan.endYear,
    organisationId: actor.organisationId,
    problems: sortProblems([...read.problems, ...problems]),
    entries,
    notInFile,
  };
}

/** File-wide problems first, then by sheet in file order, row and column, as the office fixes them. */
function sortProblems(problems: ImportProblem[]): ImportProblem[] {
  const sheets = [...new Set(problems.map((p) => p.sheet))];
  const columnOrder = (column: string | null) => (column === null ? '' : column.padStart(3, ' '));
  return [...problems].sort(
    (a, b) =>
      (a.sheet === null ? -1 : sheets.indexOf(a.sheet)) - (b.sheet === null ? -1 : sheets.indexOf(b.sheet)) ||
      (a.row ?? 0) - (b.row ?? 0) ||
      columnOrder(a.column).localeCompare(columnOrder(b.column)),
  );
}

import { createProblem } from './import-problem.js';
import type { ImportProblem, ImportProblemCode } from './import-problem.js';
import type { LedgerRow } from './ledger-row.js';
import type { ReadLedgerResult } from './read-ledger-workbook.js';
import type { RowSource } from './row-source.js';

/**
 * Rows a workbook lists twice, refused with both rows named (PRODUCT.md, Decisions): the same 序号
 * twice (a copied row, or a number typed twice) and the same task twice under two 序号. Either would
 * bring two rows to one task, or make a second task of the same name. A written code ("1-01") is
 * unique in the workbook; a bare 序号 (1, 2, …) within its sheet and area, as offices restart it per
 * area. Only what the sheet says counts: codes derived from a row's position are not checked here.
 */
export function findDuplicateRows(result: ReadLedgerResult): ImportProblem[] {
  const byCode = new Map<string, RowSource>();
  const byTitle = new Map<string, RowSource>();
  const problems: ImportProblem[] = [];
  result.rows.forEach((row, index) => {
    const source = result.sources[index];
    if (!source) return;
    const codeKey = writtenCodeKey(row, source);
    const firstWithCode = codeKey === null ? undefined : byCode.get(codeKey);
    if (codeKey !== null && !firstWithCode) byCode.set(codeKey, source);
    const titleKey = row.title === '' ? null : taskKey(row.title);
    const firstWithTitle = titleKey === null ? undefined : byTitle.get(titleKey);
    if (titleKey !== null && !firstWithTitle) byTitle.set(titleKey, source);
    const report = (code: ImportProblemCode, field: 'code' | 'title', first: RowSource, value: string) => {
      const column = result.sheets.find((sheet) => sheet.name === source.sheet)?.columns.find((c) => c.field === field)?.column ?? null;
      problems.push(createProblem(code, { ...locationOf(source), column, field }, { value, pair: pairOf(source, first) }));
    };
    if (firstWithCode) report('DUPLICATE_CODE', 'code', firstWithCode, source.writtenCode ?? '');
    // A copied row repeats both; one problem says it, naming the row it copies.
    if (firstWithTitle && firstWithTitle !== firstWithCode) report('DUPLICATE_TASK', 'title', firstWithTitle, row.title);
  });
  return problems;
}

function writtenCodeKey(row: LedgerRow, source: RowSource): string | null {
  if (source.writtenCode === null) return null;
  if (source.isCodeWritten) return `code\u0000${source.writtenCode}`;
  // A bare 序号: "3", "3.", "(3)" and "3、" are the same number.
  const number = Number(source.writtenCode.replace(/\D/g, ''));
  return `sequence\u0000${source.sheet}\u0000${row.areaNumeral ?? ''}\u0000${number}`;
}

function taskKey(title: string): string {
  return title.normalize('NFKC').replace(/\s+/g, '');
}

function locationOf(source: RowSource) {
  return { sheet: source.sheet, row: source.row };
}

function pairOf(source: RowSource, first: RowSource) {
  return { row: source.row, otherRow: first.row, otherSheet: first.sheet === source.sheet ? null : first.sheet };
}

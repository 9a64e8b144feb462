import { chineseNumeralToNumber } from '../ledger-xlsx/chinese-numerals.js';
import { createProblem } from '../ledger-xlsx/index.js';
import type { ImportProblem, ImportProblemCode, LedgerRow, ReadLedgerResult, SheetSummary } from '../ledger-xlsx/index.js';
import { normaliseDepartmentName } from '../../organisation/departments.repository.js';
import type { ExistingItem } from './import-items.repository.js';
import { normalisePersonName } from './import-lookups.repository.js';
import type { AreaRef, DepartmentRef, ImportReferences } from './import-lookups.repository.js';
import type { ResolvedRow } from './ledger-import.types.js';
import { matchExistingItems } from './match-existing-items.js';

/**
 * Turns the names a ledger file uses into the plan's records: areas by numeral (or title), departments
 * by full name, short name or alias, leaders by name. Every name that does not resolve becomes a
 * problem at its sheet, row and column; nothing is created for it (a typo must not make a department).
 */
export function resolveImportRows(read: ReadLedgerResult, references: ImportReferences, items: readonly ExistingItem[]) {
  const problems: ImportProblem[] = [];
  const matches = matchExistingItems(read.rows, read.sources, items);
  const reportedAreas = new Set<string>();
  // Normalised once, not once per row and area: a 5,000-row file would normalise 50,000 titles.
  const areaTitles = references.areas.map((area) => textKey(area.title));
  const resolved = read.rows.map((row, index): ResolvedRow => {
    const { sheet: sheetName, row: rowNumber } = read.sources[index] ?? { sheet: '', row: 0 };
    const source = { sheet: sheetName, row: rowNumber };
    const sheet = read.sheets.find((summary) => summary.name === source.sheet);
    const report = (field: string, code: ImportProblemCode, value: string, detail?: string) => {
      const column = sheet?.columns.find((c) => c.field === field);
      problems.push(createProblem(code, { ...source, column: column?.column ?? null, field }, { header: column?.header ?? field, value, detail }));
    };
    const { existing, code } = matches[index] ?? { existing: null, code: row.code };
    const columns = new Set(sheet?.columns.map((c) => c.field) ?? ['title']);
    const names = (field: 'leadDepartments' | 'coDepartments', list: readonly string[]) =>
      list.flatMap((name) => {
        const department = references.departments.get(normaliseDepartmentName(name));
        if (!department) report(field, 'UNKNOWN_DEPARTMENT', name);
        return department ? [department] : [];
      });
    const leads = names('leadDepartments', row.leadDepartments);
    const co = names('coDepartments', row.coDepartments);
    const leader = row.leaderName === null ? null : (references.leaders.get(normalisePersonName(row.leaderName)) ?? null);
    if (row.leaderName !== null && leader === null) report('leaderName', 'UNKNOWN_LEADER', row.leaderName);
    const area = resolveArea(row, references.areas, areaTitles);
    const areaKey = `${source.sheet}|${row.areaNumeral}|${row.areaTitle}`;
    if (area === null && !reportedAreas.has(areaKey)) {
      reportedAreas.add(areaKey);
      const expected = references.areas.map((a) => `${a.numeral}、${a.title}`).join('；');
      problems.push(
        createProblem('UNKNOWN_AREA', { ...source, field: 'area' }, { value: `${row.areaNumeral ?? ''}、${row.areaTitle ?? ''}`, detail: expected }),
      );
    }
    const leadDepartment = columns.has('leadDepartments') ? (leads[0] ?? null) : null;
    const hasDepartment = columns.has('leadDepartments') ? row.leadDepartments.length > 0 : existing?.leadDepartmentId != null;
    if (row.section !== null && !hasDepartment) report('section', 'SECTION_WITHOUT_DEPARTMENT', row.section);
    return {
      row,
      source,
      code,
      columns,
      periods: fieldsOf(sheet, /^\d{4}Q[1-4]$/),
      targetYears: fieldsOf(sheet, /^target:\d{4}$/).map((field) => Number(field.slice('target:'.length))),
      area: area ?? undefined,
      leader,
      leadDepartment,
      coDepartments: coDepartmentsOf(columns, leads, co, existing),
      existing,
    };
  });
  return { resolved, problems };
}

function fieldsOf(sheet: SheetSummary | undefined, pattern: RegExp): string[] {
  return (sheet?.columns ?? []).map((c) => c.field).filter((field) => pattern.test(field));
}

/**
 * A second lead department has no place of its own (an item has one lead), so it joins the
 * co-operating departments. Without a co-operating column those are kept and the extra leads added.
 */
function coDepartmentsOf(
  columns: ReadonlySet<string>,
  leads: DepartmentRef[],
  co: DepartmentRef[],
  existing: ExistingItem | null,
): DepartmentRef[] | undefined {
  const extraLeads = leads.slice(1);
  if (!columns.has('coDepartments') && extraLeads.length === 0) return undefined;
  const base = columns.has('coDepartments') ? co : (existing?.coDepartments ?? []);
  const all = [...extraLeads, ...base];
  return all.filter((department, index) => all.findIndex((other) => other.id === department.id) === index);
}

/** undefined: the row sits under no area row; null: it names an area the plan does not have. */
function resolveArea(row: LedgerRow, areas: readonly AreaRef[], areaTitles: readonly string[]): AreaRef | null | undefined {
  if (row.areaNumeral === null && row.areaTitle === null) return undefined;
  const byNumeral = row.areaNumeral === null ? undefined : areas.find((area) => area.numeral === row.areaNumeral);
  const number = row.areaNumeral === null ? null : chineseNumeralToNumber(row.areaNumeral);
  const byCode = number === null ? undefined : areas.find((area) => area.code === String(number));
  const title = row.areaTitle === null ? null : textKey(row.areaTitle);
  const byTitle = title === null ? undefined : areas.find((_, index) => areaTitles[index] === title);
  return byNumeral ?? byCode ?? byTitle ?? null;
}

function textKey(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

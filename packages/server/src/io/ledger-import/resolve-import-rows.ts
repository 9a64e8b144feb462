import { chineseNumeralToNumber } from '../ledger-xlsx/chinese-numerals.js';
import { createProblem } from '../ledger-xlsx/index.js';
import type { ImportProblem, ImportProblemCode, LedgerRow, ReadLedgerResult, SheetSummary } from '../ledger-xlsx/index.js';
import { normaliseDepartmentName } from '../../organisation/departments.repository.js';
import type { ExistingItem } from './import-items.repository.js';
import { normalisePersonName } from './import-lookups.repository.js';
import type { AreaRef, DepartmentRef, ImportReferences } from './import-lookups.repository.js';
import type { ResolvedRow } from './ledger-import.types.js';

/**
 * Turns the names a ledger file uses into the plan's records: areas by numeral (or title), departments
 * by full name, short name or alias, leaders by name. Every name that does not resolve becomes a
 * problem at its sheet, row and column; nothing is created for it (a typo must not make a department).
 */
export function resolveImportRows(read: ReadLedgerResult, references: ImportReferences, items: readonly ExistingItem[]) {
  const problems: ImportProblem[] = [];
  const matches = matchExistingItems(read.rows, items);
  const reportedAreas = new Set<string>();
  // Normalised once, not once per row and area: a 5,000-row file would normalise 50,000 titles.
  const areaTitles = references.areas.map((area) => textKey(area.title));
  const resolved = read.rows.map((row, index): ResolvedRow => {
    const source = read.sources[index] ?? { sheet: '', row: 0 };
    const sheet = read.sheets.find((summary) => summary.name === source.sheet);
    const report = (field: string, code: ImportProblemCode, value: string, detail?: string) => {
      const column = sheet?.columns.find((c) => c.field === field);
      problems.push(createProblem(code, { ...source, column: column?.column ?? null, field }, { header: column?.header ?? field, value, detail }));
    };
    const existing = matches[index] ?? null;
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

/**
 * Items are matched by code within the plan. One safeguard: when the code's item has another title
 * and exactly one item has the row's title under a code the file does not use, that item is meant.
 * A sheet without codes numbers its rows by position (the example ledger calls the plan's 7-02 "7-01"
 * because 7-01 sits in another ledger), and updating the wrong task would be worse than any duplicate.
 */
function matchExistingItems(rows: readonly LedgerRow[], items: readonly ExistingItem[]): (ExistingItem | null)[] {
  const byCode = new Map(items.map((item) => [item.code, item]));
  const byTitle = new Map<string, ExistingItem[]>();
  for (const item of items) {
    const key = titleKey(item.title);
    byTitle.set(key, [...(byTitle.get(key) ?? []), item]);
  }
  const fileCodes = new Set(rows.map((row) => row.code));
  const claimed = new Set<number>();
  return rows.map((row) => {
    const coded = byCode.get(row.code);
    const titled = byTitle.get(titleKey(row.title));
    const onlyTitled = titled?.length === 1 ? titled[0] : undefined;
    let match: ExistingItem | undefined;
    if (coded && titleKey(coded.title) === titleKey(row.title)) match = coded;
    else if (onlyTitled && !fileCodes.has(onlyTitled.code) && !claimed.has(onlyTitled.id)) match = onlyTitled;
    else match = coded;
    if (match) claimed.add(match.id);
    return match ?? null;
  });
}

function titleKey(title: string): string {
  return title.normalize('NFKC').replace(/\s+/g, '');
}

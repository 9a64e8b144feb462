import type { LedgerKind } from '../ledger-xlsx/index.js';
import type { ExistingItem } from './import-items.repository.js';
import type { ImportChanges, ImportValue, ResolvedRow } from './ledger-import.types.js';

/**
 * The facts an import compares, as the preview shows them (names, not ids), keyed by field. The file
 * speaks only for the columns it has: a ledger without a 联系电话 column leaves phones alone, while an
 * empty cell under a column it has clears the value.
 */
export const ITEM_TEXT_FIELDS = ['title', 'measures', 'targets', 'yearKeyWork', 'sourceClause', 'provinceText', 'citySource', 'remarks'] as const;
export const INDICATOR_FIELDS = [
  'unit',
  'baselineYear',
  'baselineValue',
  'provinceTarget',
  'stretchTarget',
  'target',
  'targetQualifier',
  'targetRule',
] as const;
export type IndicatorField = (typeof INDICATOR_FIELDS)[number];

export const planKey = (period: string, part: 'milestone' | 'cumulativePercent' | 'basis') => `quarterlyPlans.${period}.${part}`;
export const yearlyTargetKey = (year: number) => `yearlyTargets.${year}`;

export function valuesFromFile(resolved: ResolvedRow, kind: LedgerKind): Record<string, ImportValue> {
  const { row, columns } = resolved;
  const values: Record<string, ImportValue> = {};
  for (const field of ITEM_TEXT_FIELDS) if (columns.has(field) || field === 'title') values[field] = row[field];
  if (columns.has('deadline')) Object.assign(values, { deadlineText: row.deadlineText, deadline: row.deadline });
  if (resolved.area !== undefined) values.area = `${resolved.area.numeral}、${resolved.area.title}`;
  if (columns.has('leaderName')) values.leader = resolved.leader?.name ?? null;
  if (columns.has('leadDepartments')) values.leadDepartment = resolved.leadDepartment?.shortName ?? null;
  if (resolved.coDepartments !== undefined) values.coDepartments = resolved.coDepartments.map((d) => d.shortName).sort();
  if (columns.has('section')) values.section = row.section;
  if (columns.has('staffName')) values.staffName = row.staffName;
  if (columns.has('staffName') && columns.has('staffPhone')) values.staffPhone = row.staffPhone;
  if (columns.has('pilotLevel')) values.pilotLevel = row.pilotLevel;
  if (columns.has('pilotStage')) values.pilotStage = row.pilotStage;
  for (const field of ['unit', 'baselineValue', 'provinceTarget', 'stretchTarget'] as const) if (columns.has(field)) values[field] = row[field];
  // "2020年基数" gives the baseline year in the header of the value column.
  if (columns.has('baselineYear') || (columns.has('baselineValue') && row.baselineYear !== null)) values.baselineYear = row.baselineYear;
  if (columns.has('target')) Object.assign(values, { target: row.target, targetQualifier: row.targetQualifier, targetRule: row.targetRule });
  for (const year of resolved.targetYears) values[yearlyTargetKey(year)] = row.yearlyTargets.find((t) => t.year === year)?.value ?? null;
  for (const period of resolved.periods) {
    const plan = row.quarterlyPlans.find((p) => p.period === period);
    values[planKey(period, 'milestone')] = plan?.milestone ?? null;
    // Only a percentage the milestone states is set; otherwise the stored one (typed in the app) stays.
    if (plan?.cumulativePercent != null) {
      values[planKey(period, 'cumulativePercent')] = plan.cumulativePercent;
      values[planKey(period, 'basis')] = plan.basis;
    }
  }
  values.ledgers = [...new Set([...(resolved.existing?.ledgerKinds ?? []), kind])].sort();
  return values;
}

/** The same keys, read from the stored item (null for an item that does not exist yet). */
export function valuesOfItem(item: ExistingItem | null, keys: readonly string[]): Record<string, ImportValue> {
  return Object.fromEntries(keys.map((key) => [key, item === null ? emptyValue(key) : storedValue(item, key)]));
}

function emptyValue(key: string): ImportValue {
  return key === 'ledgers' || key === 'coDepartments' ? [] : null;
}

function storedValue(item: ExistingItem, key: string): ImportValue {
  const plan = /^quarterlyPlans\.(\d{4}Q[1-4])\.(milestone|cumulativePercent|basis)$/.exec(key);
  if (plan) {
    const stored = item.quarterlyPlans.get(plan[1] ?? '');
    if (plan[2] === 'milestone') return stored?.milestone ?? null;
    if (plan[2] === 'basis') return stored?.cumulativeBp == null ? null : (stored.basis ?? 'cumulative');
    return stored?.cumulativeBp == null ? null : stored.cumulativeBp / 100;
  }
  const yearly = /^yearlyTargets\.(\d{4})$/.exec(key);
  if (yearly) return item.yearlyTargets.get(Number(yearly[1])) ?? null;
  if ((INDICATOR_FIELDS as readonly string[]).includes(key)) return item.indicator?.[key as IndicatorField] ?? null;
  switch (key) {
    case 'area':
      return item.areaNumeral === null ? null : `${item.areaNumeral}、${item.areaTitle ?? ''}`;
    case 'leader':
      return item.leaderName;
    case 'leadDepartment':
      return item.leadDepartmentShortName;
    case 'coDepartments':
      return item.coDepartments.map((d) => d.shortName).sort();
    case 'section':
      return item.sectionName;
    case 'staffName':
      return item.staffName;
    case 'staffPhone':
      return item.staffPhone;
    case 'ledgers':
      return [...item.ledgerKinds].sort();
    default:
      return (item as unknown as Record<string, ImportValue>)[key] ?? null;
  }
}

export function diffValues(before: Record<string, ImportValue>, after: Record<string, ImportValue>): ImportChanges {
  const changes: ImportChanges = {};
  for (const [key, value] of Object.entries(after)) {
    const old = before[key] ?? null;
    if (JSON.stringify(old) !== JSON.stringify(value)) changes[key] = [old, value];
  }
  return changes;
}

import { numberToChineseNumeral } from './chinese-numerals.js';
import { COLUMN_SPECS, labelFor } from './ledger-columns.js';
import type { ColumnSpec } from './ledger-columns.js';
import type { LedgerKind, LedgerRow, PilotLevel, PilotStage } from './ledger-row.js';
import { formatFigure } from './parse-figure.js';

/**
 * The columns an export writes for a ledger, and what each cell holds. Shared by the Excel and CSV
 * writers so both carry the same facts. A column is written when the ledger kind always has it, or
 * when some row has a value for it, so an export never drops data and never shows empty clutter.
 */
export type Quarter = 1 | 2 | 3 | 4;
export type ExportColumn =
  | { kind: 'field'; spec: ColumnSpec; header: string; width: number }
  | { kind: 'quarter'; year: number; quarter: Quarter; header: string; group: string; width: number }
  | { kind: 'yearlyTarget'; year: number; header: string; width: number };

/** A cell to write: text, an exact number, or nothing. */
export type ExportValue = string | number | null;

export const QUARTER_NAMES = { 1: '一季度', 2: '二季度', 3: '三季度', 4: '四季度' } as const;
export const PILOT_LEVEL_NAMES: Record<PilotLevel, string> = { national: '国家级', provincial: '省级' };
export const PILOT_STAGE_NAMES: Record<PilotStage, string> = {
  planning: '谋划',
  applying: '申报中',
  under_review: '评审中',
  approved: '已获批',
  rejected: '未获批',
  built: '已建成',
};

export function planExportColumns(kind: LedgerKind, rows: readonly LedgerRow[], years: readonly number[]): ExportColumn[] {
  const columns: ExportColumn[] = [];
  for (const spec of COLUMN_SPECS) {
    const isWanted = spec.exportedFor.includes(kind) || rows.some((row) => hasValue(fieldValue(spec, row)));
    if (spec.field === 'remarks') columns.push(...quarterColumns(years));
    if (isWanted) columns.push({ kind: 'field', spec, header: labelFor(spec, kind), width: spec.width });
    if (spec.field === 'target') columns.push(...yearlyTargetColumns(kind, rows, years));
  }
  return columns;
}

function quarterColumns(years: readonly number[]): ExportColumn[] {
  return [...new Set(years)].sort().flatMap((year) =>
    ([1, 2, 3, 4] as const).map((quarter) => ({
      kind: 'quarter' as const,
      year,
      quarter,
      header: QUARTER_NAMES[quarter],
      group: `${year}年推进计划`,
      width: 16,
    })),
  );
}

function yearlyTargetColumns(kind: LedgerKind, rows: readonly LedgerRow[], years: readonly number[]): ExportColumn[] {
  const fromRows = rows.flatMap((row) => row.yearlyTargets.map((target) => target.year));
  const wanted = kind === 'key_indicators' ? [...years, ...fromRows] : fromRows;
  return [...new Set(wanted)].sort().map((year) => ({ kind: 'yearlyTarget' as const, year, header: `${year}年目标`, width: 10 }));
}

export function exportValue(column: ExportColumn, row: LedgerRow): ExportValue {
  if (column.kind === 'quarter') {
    const period = `${column.year}Q${column.quarter}`;
    return row.quarterlyPlans.find((plan) => plan.period === period)?.milestone ?? null;
  }
  if (column.kind === 'yearlyTarget') {
    const value = row.yearlyTargets.find((target) => target.year === column.year)?.value;
    return value === undefined ? null : decimalValue(value);
  }
  return fieldValue(column.spec, row);
}

function fieldValue(spec: ColumnSpec, row: LedgerRow): ExportValue {
  switch (spec.field) {
    case 'leadDepartments':
      return joinNames(row.leadDepartments);
    case 'coDepartments':
      return joinNames(row.coDepartments);
    case 'deadline':
      return row.deadlineText ?? row.deadline;
    case 'baselineYear':
      return row.baselineYear;
    case 'baselineValue':
    case 'provinceTarget':
    case 'stretchTarget':
      return row[spec.field] === null ? null : decimalValue(row[spec.field] ?? '');
    case 'target':
      if (row.target === null) return row.targetRule;
      return row.targetQualifier === null ? decimalValue(row.target) : formatFigure(row.target, row.targetQualifier);
    case 'pilotLevel':
      return row.pilotLevel === null ? null : PILOT_LEVEL_NAMES[row.pilotLevel];
    case 'pilotStage':
      return row.pilotStage === null ? null : PILOT_STAGE_NAMES[row.pilotStage];
    default:
      return row[spec.field];
  }
}

/**
 * A decimal string goes out as a number only when the number prints back identically ("2.8"),
 * so a figure like "2.80" or one with 17 digits stays exact as text.
 */
function decimalValue(value: string): ExportValue {
  const asNumber = Number(value);
  return Number.isFinite(asNumber) && String(asNumber) === value ? asNumber : value;
}

function joinNames(names: readonly string[]): string | null {
  return names.length === 0 ? null : names.join('、');
}

function hasValue(value: ExportValue): boolean {
  return value !== null && value !== '';
}

/** "一、深化科技创新引领…" — the area row as offices write it. */
export function areaRowText(row: LedgerRow): string | null {
  if (row.areaNumeral === null && row.areaTitle === null) return null;
  const numeral = row.areaNumeral ?? numberToChineseNumeral(Number(row.code.split('-')[0]));
  return `${numeral}、${row.areaTitle ?? ''}`;
}

export function hasAreaChanged(previous: LedgerRow | undefined, row: LedgerRow): boolean {
  return previous?.areaNumeral !== row.areaNumeral || previous?.areaTitle !== row.areaTitle;
}

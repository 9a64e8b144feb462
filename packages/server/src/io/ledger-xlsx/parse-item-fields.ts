import { readMilestonePercent, resolveYearBases } from '@plantrack/domain';
import { cellText } from './cell-text.js';
import { createProblem } from './import-problem.js';
import type { ImportProblem, ImportProblemCode } from './import-problem.js';
import { emptyLedgerRow } from './ledger-row.js';
import type { LedgerRow, PilotLevel, PilotStage } from './ledger-row.js';
import type { LocatedColumn } from './locate-header.js';
import { normaliseProse, normaliseStrict, splitNames } from './normalise-text.js';
import { parseDeadline } from './parse-deadline.js';
import { parseFigure, parsePlainFigure } from './parse-figure.js';
import type { GridCell, GridValue } from './sheet-grid.js';

/** One item row's cells → a LedgerRow without code and area (the row reader adds those). */
export interface ItemRowContext {
  sheet: string;
  row: number;
  defaultYear: number | undefined;
  cellAt: (column: LocatedColumn) => GridCell;
}

const PROSE_FIELDS = [
  'measures',
  'targets',
  'yearKeyWork',
  'leaderName',
  'section',
  'staffName',
  'sourceClause',
  'provinceText',
  'citySource',
  'remarks',
] as const;
type ProseField = (typeof PROSE_FIELDS)[number];
const isProseField = (field: string): field is ProseField => (PROSE_FIELDS as readonly string[]).includes(field);
// Order matters: 未获批 contains 获批, so the longer words are tried first.
const PILOT_STAGES: [RegExp, PilotStage][] = [
  [/未获批|未通过|未入选|落选/, 'rejected'],
  [/已建成|建成|已完成创建/, 'built'],
  [/已获批|获批|已批复|已命名|已认定|已入选|入选/, 'approved'],
  [/评审|审核|答辩|公示/, 'under_review'],
  [/申报|申请|报送/, 'applying'],
  [/谋划|筹备|培育|准备/, 'planning'],
];

export function parseItemFields(columns: readonly LocatedColumn[], context: ItemRowContext) {
  const row = emptyLedgerRow('', '');
  const problems: ImportProblem[] = [];
  const report = (column: LocatedColumn, code: ImportProblemCode, value?: string) =>
    problems.push(
      createProblem(
        code,
        { sheet: context.sheet, row: context.row, column: column.letter, field: fieldOf(column) },
        { header: column.header, ...(value === undefined ? {} : { value }) },
      ),
    );
  const unitColumn = columns.find((column) => column.role.kind === 'field' && column.role.field === 'unit');
  row.unit = unitColumn ? normaliseStrict(cellText(context.cellAt(unitColumn).value)) : null;
  let codeText: string | null = null;
  for (const column of columns) {
    const cell = context.cellAt(column);
    if (cell.issue?.kind === 'error_value') report(column, 'CELL_ERROR', cell.issue.error);
    if (cell.issue?.kind === 'formula_without_result') report(column, 'FORMULA_WITHOUT_RESULT');
    if (cell.issue) continue;
    if (column.role.kind === 'field' && column.role.field === 'code') codeText = normaliseStrict(cellText(cell.value));
    else applyCell(row, column, cell.value, context, (code, value) => report(column, code, value));
  }
  row.quarterlyPlans = resolveYearBases(row.quarterlyPlans.sort((a, b) => a.period.localeCompare(b.period)));
  row.yearlyTargets.sort((a, b) => a.year - b.year);
  return { row, codeText, problems };
}

type Report = (code: ImportProblemCode, value?: string) => void;

function applyCell(row: LedgerRow, column: LocatedColumn, value: GridValue, context: ItemRowContext, report: Report): void {
  const role = column.role;
  const text = cellText(value);
  if (role.kind === 'quarter') {
    const milestone = normaliseProse(text);
    if (milestone === null || role.year === null) return;
    const period = `${role.year}Q${role.quarter}`;
    const stated = readMilestonePercent(milestone);
    row.quarterlyPlans.push({ period, milestone, cumulativePercent: stated?.percent ?? null, basis: stated?.basis ?? null });
    return;
  }
  if (role.kind === 'yearlyTarget') {
    const figure = readPlainFigure(text, row.unit, report);
    if (figure !== null) row.yearlyTargets.push({ year: role.year, value: figure });
    return;
  }
  const field = role.field;
  if (field === 'title') row.title = normaliseProse(text) ?? '';
  else if (isProseField(field)) row[field] = normaliseProse(text);
  else if (field === 'staffPhone') row.staffPhone = normaliseStrict(text);
  else if (field === 'leadDepartments') row.leadDepartments = splitNames(text);
  else if (field === 'coDepartments') row.coDepartments = splitNames(text);
  else if (field === 'deadline') applyDeadline(row, value, context.defaultYear, report);
  else if (field === 'baselineYear') row.baselineYear = readYear(text, report) ?? row.baselineYear;
  else if (field === 'baselineValue') applyBaseline(row, text, role.baselineYear, report);
  else if (field === 'provinceTarget') row.provinceTarget = readPlainFigure(text, row.unit, report);
  else if (field === 'stretchTarget') row.stretchTarget = readPlainFigure(text, row.unit, report);
  else if (field === 'target') applyTarget(row, text);
  else if (field === 'pilotLevel') row.pilotLevel = readPilotLevel(text, report);
  else if (field === 'pilotStage') row.pilotStage = readPilotStage(text, report);
}

function applyDeadline(row: LedgerRow, value: GridValue, defaultYear: number | undefined, report: Report): void {
  const source = typeof value === 'string' ? normaliseProse(value) : value;
  const parsed = parseDeadline(typeof source === 'boolean' ? String(source) : source, { defaultYear });
  row.deadlineText = parsed.text;
  row.deadline = parsed.date;
  if (parsed.status === 'unrecognised') report('BAD_DEADLINE', parsed.text ?? '');
  if (parsed.status === 'missing_year') report('MISSING_YEAR', parsed.text ?? '');
}

function applyBaseline(row: LedgerRow, text: string | null, headerYear: number | null, report: Report): void {
  row.baselineValue = readPlainFigure(text, row.unit, report);
  // "2020年基数" names the baseline year in the header; an explicit 基期年 column still wins.
  if (headerYear !== null && row.baselineValue !== null) row.baselineYear ??= headerYear;
}

/** A numeric target becomes value + qualifier; anything else ("较基期翻番") is kept as a rule. */
function applyTarget(row: LedgerRow, text: string | null): void {
  const cleaned = normaliseProse(text);
  if (cleaned === null) return;
  const figure = parseFigure(cleaned, row.unit);
  row.target = figure?.value ?? null;
  row.targetQualifier = figure?.qualifier ?? null;
  row.targetRule = figure === null ? cleaned : null;
}

function readPlainFigure(text: string | null, unit: string | null, report: Report): string | null {
  const cleaned = normaliseStrict(text);
  if (cleaned === null) return null;
  const value = parsePlainFigure(cleaned, unit);
  if (value === null) report('BAD_NUMBER', cleaned);
  return value;
}

function readYear(text: string | null, report: Report): number | null {
  const cleaned = normaliseStrict(text);
  if (cleaned === null) return null;
  const match = /^((?:19|20)\d{2})年?(?:度)?$/.exec(cleaned);
  if (!match) report('BAD_YEAR', cleaned);
  return match ? Number(match[1]) : null;
}

function readPilotLevel(text: string | null, report: Report): PilotLevel | null {
  const cleaned = normaliseStrict(text);
  if (cleaned === null) return null;
  const isNational = cleaned.includes('国家');
  const isProvincial = cleaned.includes('省');
  if (isNational !== isProvincial) return isNational ? 'national' : 'provincial';
  report('BAD_PILOT_LEVEL', cleaned);
  return null;
}

function readPilotStage(text: string | null, report: Report): PilotStage | null {
  const cleaned = normaliseStrict(text);
  if (cleaned === null) return null;
  const stage = PILOT_STAGES.find(([pattern]) => pattern.test(cleaned))?.[1] ?? null;
  if (stage === null) report('BAD_PILOT_STAGE', cleaned);
  return stage;
}

export function fieldOf(column: LocatedColumn): string {
  const role = column.role;
  if (role.kind === 'quarter') return 'quarterlyPlans';
  if (role.kind === 'yearlyTarget') return 'yearlyTargets';
  return role.field === 'deadline' ? 'deadlineText' : role.field;
}

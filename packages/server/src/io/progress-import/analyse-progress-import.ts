import { periodsOfYears } from '@plantrack/domain';
import type { Actor } from '../../auth/actor.js';
import type { Db } from '../../db/database.js';
import { getCurrentPlan } from '../../plan/plans.service.js';
import { emptyLedgerRow } from '../ledger-xlsx/ledger-row.js';
import { createProblem } from '../ledger-xlsx/import-problem.js';
import type { ImportProblem } from '../ledger-xlsx/import-problem.js';
import { findItemsForImport } from '../ledger-import/import-items.repository.js';
import type { ExistingItem } from '../ledger-import/import-items.repository.js';
import { matchExistingItems } from '../ledger-import/match-existing-items.js';
import { findCyclesOfPeriods, findIndicatorValueIdsOfPeriods, findReportIdsOfPeriods } from './progress-import.repository.js';
import type { ProgressRow, ReadProgressResult } from './read-progress-workbook.js';

export interface ProgressEntry {
  row: ProgressRow;
  item: ExistingItem;
  cycle: { id: number; status: 'open' | 'closed' } | null;
  /** The report the item already has for the quarter: replaced (kept as a version) only when asked. */
  existingReportId: number | null;
}

/** An indicator's value of a past quarter, from the 本期值 / 省排名 columns of its task's row. */
export interface IndicatorValueEntry {
  row: ProgressRow;
  item: ExistingItem;
  indicatorId: number;
  value: string | null;
  provincialRank: number | null;
  existingValueId: number | null;
}

export interface ProgressAnalysis {
  planId: number;
  problems: ImportProblem[];
  entries: ProgressEntry[];
  valueEntries: IndicatorValueEntry[];
}

/**
 * The rows read against the plan as it is now: each row's task (matched as the ledger import matches
 * them: code and title, then the title alone), the quarter's cycle and the report it may already have.
 * A quarter whose cycle is open, or a task already reported for it, is refused unless `replace`.
 */
export async function analyseProgressImport(db: Db, actor: Actor, read: ReadProgressResult, replace: boolean): Promise<ProgressAnalysis> {
  const plan = await getCurrentPlan(db, actor);
  const problems = [...read.problems];
  const items = await findItemsForImport(db, plan.id);
  const itemOf = matchTasks(read.rows, items);
  const periods = [...new Set(read.rows.map((row) => row.period))];
  const cycles = await findCyclesOfPeriods(db, plan.id, periods);
  const reports = await findReportIdsOfPeriods(db, plan.id, periods);
  const values = await findIndicatorValueIdsOfPeriods(db, plan.id, periods);
  const valueEntries: IndicatorValueEntry[] = [];
  const planPeriods = new Set(periodsOfYears(plan.startYear, plan.endYear));
  const seen = new Map<string, ProgressRow>();
  const entries: ProgressEntry[] = [];
  read.rows.forEach((row) => {
    const at = { sheet: row.sheet, row: row.row };
    const item = itemOf(row);
    if (!planPeriods.has(row.period)) {
      return void problems.push(createProblem('QUARTER_OUTSIDE_PLAN', at, { value: row.period, detail: `${plan.startYear}—${plan.endYear}年` }));
    }
    if (item === null) return void problems.push(createProblem('UNKNOWN_TASK', at, { value: [row.code, row.title].filter(Boolean).join(' ') }));
    const twin = seen.get(`${item.id}|${row.period}`);
    if (twin) {
      const pair = { row: row.row, otherRow: twin.row, otherSheet: twin.sheet === row.sheet ? null : twin.sheet };
      return void problems.push(createProblem('DUPLICATE_TASK', at, { value: row.title, pair }));
    }
    seen.set(`${item.id}|${row.period}`, row);
    if (row.hasReport) {
      const cycle = cycles.get(row.period) ?? null;
      const existingReportId = reports.get(`${item.id}|${row.period}`) ?? null;
      if (!replace && cycle?.status === 'open') problems.push(createProblem('QUARTER_CYCLE_OPEN', at, { value: row.period }));
      else if (!replace && existingReportId !== null) {
        problems.push(createProblem('QUARTER_ALREADY_REPORTED', at, { value: row.period, detail: `${item.code} ${item.title}` }));
      } else entries.push({ row, item, cycle, existingReportId });
    }
    if (row.indicatorValue) {
      const value = analyseIndicatorValue(row, item, values, replace);
      if ('code' in value) problems.push(value);
      else valueEntries.push(value);
    }
  });
  return { planId: plan.id, problems: dedupeCycleOpen(problems), entries, valueEntries };
}

function analyseIndicatorValue(row: ProgressRow, item: ExistingItem, values: Map<string, number>, replace: boolean): IndicatorValueEntry | ImportProblem {
  const at = { sheet: row.sheet, row: row.row };
  if (!item.indicator) return createProblem('NOT_AN_INDICATOR', at, { value: `${item.code} ${item.title}` });
  const existingValueId = values.get(`${item.indicator.id}|${row.period}`) ?? null;
  if (!replace && existingValueId !== null) return createProblem('QUARTER_ALREADY_REPORTED', at, { value: row.period, detail: `${item.code} ${item.title}` });
  return {
    row,
    item,
    indicatorId: item.indicator.id,
    value: row.indicatorValue?.value ?? null,
    provincialRank: row.indicatorValue?.provincialRank ?? null,
    existingValueId,
  };
}

/**
 * Each task row of the file matched once (a row gives one progress row per quarter it fills in), as
 * the ledger import matches them, so two rows cannot claim one task and a new task is an unknown one.
 */
function matchTasks(rows: readonly ProgressRow[], items: readonly ExistingItem[]): (row: ProgressRow) => ExistingItem | null {
  const keyOf = (row: ProgressRow) => `${row.sheet}\u0000${row.row}`;
  const taskRows = [...new Map(rows.map((row) => [keyOf(row), row])).values()];
  const matches = matchExistingItems(
    taskRows.map((row) => emptyLedgerRow(row.code ?? '', row.title)),
    taskRows.map((row) => ({ sheet: row.sheet, row: row.row, writtenCode: row.code, isCodeWritten: row.code !== null })),
    items,
  );
  // A second row of a task the first already claimed still means that task: a duplicate, not an unknown one.
  const sameTask = (row: ProgressRow) =>
    items.find((item) => item.code === row.code && titleKey(item.title) === titleKey(row.title)) ??
    items.filter((item) => titleKey(item.title) === titleKey(row.title)).at(0) ??
    null;
  const byKey = new Map(taskRows.map((row, index) => [keyOf(row), matches[index]?.existing ?? sameTask(row)]));
  return (row) => byKey.get(keyOf(row)) ?? null;
}

function titleKey(title: string): string {
  return title.normalize('NFKC').replace(/\s+/g, '');
}

/** One open cycle is one problem per row; the office reads it once per sheet and quarter is enough. */
function dedupeCycleOpen(problems: ImportProblem[]): ImportProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    if (p.code !== 'QUARTER_CYCLE_OPEN') return true;
    const key = `${p.sheet}|${p.messageZh}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

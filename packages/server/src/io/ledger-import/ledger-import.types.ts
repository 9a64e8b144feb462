import type { ImportProblem, LedgerKind, LedgerRow } from '../ledger-xlsx/index.js';
import type { ExistingItem } from './import-items.repository.js';
import type { AreaRef, DepartmentRef, LeaderRef } from './import-lookups.repository.js';

/** A value as the preview shows it: text, a number, a list of names, or nothing. */
export type ImportValue = string | number | null | readonly string[];

/** Field → [before, after], e.g. `leadDepartment: ['市科技局', '市发展改革委']`, `quarterlyPlans.2023Q2.milestone`. */
export type ImportChanges = Record<string, [ImportValue, ImportValue]>;

/** One item row of the file with its names resolved against the database. */
export interface ResolvedRow {
  row: LedgerRow;
  source: { sheet: string; row: number };
  /** The item's code: the stored one when the row matched a task, else the one it will be created with. */
  code: string;
  /** Fields the row's sheet has a column for: an absent column leaves the stored value alone. */
  columns: ReadonlySet<string>;
  /** Quarters (`2023Q2`) the sheet has columns for. */
  periods: readonly string[];
  /** Years of the sheet's yearly-target columns (indicator ledgers). */
  targetYears: readonly number[];
  /** undefined: the sheet has no area rows, so the stored area stays. */
  area: AreaRef | undefined;
  leader: LeaderRef | null;
  leadDepartment: DepartmentRef | null;
  /** undefined: no co-operating departments column (and no second lead department). */
  coDepartments: DepartmentRef[] | undefined;
  existing: ExistingItem | null;
}

export type EntryKind = 'create' | 'update' | 'unchanged';

export interface AnalysedEntry {
  kind: EntryKind;
  resolved: ResolvedRow;
  /** Every value the file sets (for a create) or only those that differ (for an update). */
  changes: ImportChanges;
}

export interface ImportAnalysis {
  kind: LedgerKind;
  ledger: { id: number; name: string };
  planId: number;
  planEndYear: number;
  organisationId: number;
  problems: ImportProblem[];
  entries: AnalysedEntry[];
  /** Items of the ledger the file does not list; an import never deletes, so they stay as they are. */
  notInFile: { code: string; title: string }[];
}

export type { LedgerImportPreview } from '@plantrack/contract/io/imports.contract';

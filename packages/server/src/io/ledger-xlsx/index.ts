/** The Excel layer for ledgers: pure file ⇄ LedgerRow conversion, no database. */
export type { LedgerKind, LedgerRow, PilotLevel, PilotStage, QuarterlyPlan, YearlyTarget } from './ledger-row.js';
export { LEDGER_KINDS, emptyLedgerRow } from './ledger-row.js';
export { createProblem } from './import-problem.js';
export type { ImportProblem, ImportProblemCode, ProblemContext, ProblemLocation } from './import-problem.js';
export { parseDeadline } from './parse-deadline.js';
export type { DeadlineStatus, ParsedDeadline, ParseDeadlineOptions } from './parse-deadline.js';
export { inspectXlsx, DEFAULT_XLSX_LIMITS } from './inspect-xlsx.js';
export type { XlsxInspection, XlsxLimits } from './inspect-xlsx.js';
export { readLedgerWorkbook, DEFAULT_MAX_ROWS, DEFAULT_MAX_COLUMNS } from './read-ledger-workbook.js';
export type { ReadLedgerOptions, ReadLedgerResult, SheetStatus, SheetSummary } from './read-ledger-workbook.js';
export type { RowSource } from './row-source.js';
export { writeLedgerWorkbook } from './write-ledger-workbook.js';
export type { WriteLedgerOptions } from './write-ledger-workbook.js';
export { writeLedgerCsv } from './write-ledger-csv.js';
export type { WriteLedgerCsvOptions } from './write-ledger-csv.js';
export { splitNames } from './normalise-text.js';

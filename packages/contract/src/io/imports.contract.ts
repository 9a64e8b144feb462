/**
 * Importing from Excel: a ledger (台账导入) and past quarters' progress (历史进展导入), each in two steps —
 * a preview that changes nothing, then a commit of the same file (its token) that writes all or nothing.
 */
import { z } from 'zod';
import { LEDGER_KINDS } from '../enums.js';
import { LedgerKind } from '../shared.contract.js';

/**
 * What can be wrong with the file itself, the workbook's layout, a row or a cell, or a name that does not
 * resolve against the plan; each has a Chinese and an English message (server: io/ledger-xlsx/import-problem.ts).
 */
export const IMPORT_PROBLEM_CODES = [
  'EMPTY_FILE',
  'FILE_TOO_LARGE',
  'NOT_XLSX_CSV',
  'NOT_XLSX_TEXT',
  'NOT_XLSX_OLD_XLS',
  'NOT_XLSX_OTHER_OFFICE',
  'NOT_ZIP',
  'CORRUPT_ZIP',
  'ZIP_ENCRYPTED',
  'TOO_MANY_ENTRIES',
  'UNCOMPRESSED_TOO_LARGE',
  'SUSPICIOUS_COMPRESSION',
  'MISSING_WORKBOOK_PARTS',
  'CORRUPT_WORKBOOK',
  'EMPTY_WORKBOOK',
  'TOO_MANY_ROWS',
  'TOO_MANY_COLUMNS',
  'UNKNOWN_LAYOUT',
  'DUPLICATE_COLUMN',
  'MISSING_TITLE',
  'BAD_DEADLINE',
  'MISSING_YEAR',
  'DUPLICATE_CODE',
  'DUPLICATE_TASK',
  'BAD_NUMBER',
  'BAD_YEAR',
  'BAD_PILOT_LEVEL',
  'BAD_PILOT_STAGE',
  'FORMULA_WITHOUT_RESULT',
  'CELL_ERROR',
  'UNKNOWN_DEPARTMENT',
  'UNKNOWN_LEADER',
  'UNKNOWN_AREA',
  'SECTION_WITHOUT_DEPARTMENT',
  'NO_PROGRESS_COLUMNS',
  'MISSING_QUARTER',
  'PERCENT_OUT_OF_RANGE',
  'UNKNOWN_TASK',
  'QUARTER_OUTSIDE_PLAN',
  'QUARTER_CYCLE_OPEN',
  'QUARTER_ALREADY_REPORTED',
  'NOT_AN_INDICATOR',
] as const;

export type ImportProblemCode = (typeof IMPORT_PROBLEM_CODES)[number];

export const ImportProblem = z
  .object({
    sheet: z.string().nullable().describe('工作表名；整个文件的问题为 null'),
    row: z.number().int().nullable().describe('Excel 中的行号（从 1 起）'),
    column: z.string().nullable().describe('Excel 中的列字母，如 G'),
    field: z.string().nullable(),
    code: z.enum(IMPORT_PROBLEM_CODES),
    messageZh: z.string(),
    messageEn: z.string(),
  })
  .meta({
    id: 'ImportProblem',
    example: {
      sheet: '总台账',
      row: 14,
      column: 'G',
      field: 'leadDepartment',
      code: 'UNKNOWN_DEPARTMENT',
      messageZh: '找不到责任单位“市科委”，请使用部门全称、简称或已登记的别名',
      messageEn: 'Unknown department “市科委”: use its full name, short name or a registered alias',
    },
  });
export type ImportProblem = z.infer<typeof ImportProblem>;

/** A value as the preview shows it: text, a number, a list of names, or nothing. */
export const ImportValue = z.union([z.string(), z.number(), z.null(), z.array(z.string()).readonly()]);
export type ImportValue = z.infer<typeof ImportValue>;

export const SHEET_STATUSES = ['read', 'hidden', 'empty', 'no_header', 'too_large'] as const;
export const LedgerSheetSummary = z.object({
  name: z.string(),
  status: z.enum(SHEET_STATUSES),
  title: z.string().nullable(),
  notes: z.array(z.string()),
  headerRows: z.object({ first: z.number().int(), last: z.number().int() }).nullable(),
  columns: z.array(z.object({ column: z.string(), header: z.string(), field: z.string() })).describe('识别出的列：字段、季度（2023Q1）或 target:2024'),
  ignoredColumns: z.array(z.object({ column: z.string(), header: z.string() })),
  years: z.array(z.number().int()),
  itemCount: z.number().int(),
});

const ImportItemSummary = {
  code: z.string(),
  fileCode: z.string().optional().describe('文件中的编号与系统编号不同时给出'),
  title: z.string(),
  sheet: z.string(),
  row: z.number().int(),
};

/** What the office sees before confirming a ledger import, and what the commit reports after applying it. */
export const LedgerImportPreview = z
  .object({
    ledger: z.enum(LEDGER_KINDS),
    ledgerName: z.string(),
    fileName: z.string().nullable(),
    token: z.string().optional().describe('仅无问题的预览给出；确认导入时原样提交'),
    isValid: z.boolean(),
    sheets: z.array(LedgerSheetSummary),
    problems: z.array(ImportProblem),
    creates: z.array(z.object({ ...ImportItemSummary, values: z.record(z.string(), ImportValue) })),
    updates: z.array(z.object({ ...ImportItemSummary, changes: z.record(z.string(), z.tuple([ImportValue, ImportValue])) })),
    unchanged: z.array(z.string()),
    notInFile: z.array(z.object({ code: z.string(), title: z.string() })),
    isCommitted: z.boolean().optional(),
  })
  .meta({ id: 'LedgerImportPreview' });
export type LedgerImportPreview = z.infer<typeof LedgerImportPreview>;

export const ProgressSheetSummary = z.object({ name: z.string(), periods: z.array(z.string()), rowCount: z.number().int() });

/** A progress import's preview: reports and indicator values per quarter and department. */
export const ProgressImportPreview = z
  .object({
    kind: z.literal('progress'),
    fileName: z.string().nullable(),
    token: z.string().optional(),
    isValid: z.boolean(),
    sheets: z.array(ProgressSheetSummary),
    problems: z.array(ImportProblem),
    quarters: z.array(
      z.object({
        period: z.string(),
        departments: z.array(z.object({ department: z.string(), created: z.number().int(), replaced: z.number().int() })),
      }),
    ),
    indicatorValues: z.array(
      z.object({ period: z.string(), code: z.string(), value: z.string().nullable(), provincialRank: z.number().int().nullable(), isReplace: z.boolean() }),
    ),
    reports: z.array(
      z.object({
        period: z.string(),
        code: z.string(),
        title: z.string(),
        sheet: z.string(),
        row: z.number().int(),
        completionBp: z.number().int().nullable(),
        isReplace: z.boolean(),
      }),
    ),
    isCommitted: z.boolean().optional(),
  })
  .meta({ id: 'ProgressImportPreview' });
export type ProgressImportPreview = z.infer<typeof ProgressImportPreview>;

/** The form fields of a ledger import besides the file (multipart; the file goes last). */
export const LedgerImportFields = z.strictObject({
  ledger: LedgerKind,
  /** Year for quarter columns that name none ("一季度"). */
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  /** The preview's token; the commit refuses a different file. */
  token: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
});

/** The form fields of a progress import besides the file. */
export const ProgressImportFields = z.strictObject({
  quarter: z
    .string()
    .regex(/^\d{4}Q[1-4]$/)
    .optional(),
  replace: z.enum(['true', 'false']).optional(),
  token: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
});

import type { Db } from '../db/database.js';
import { configureWorkbookParsing, stopWorkbookParsing } from '../io/ledger-import/parse-workbook-isolated.js';
import { commitProgressImport, previewProgressImport } from '../io/progress-import/progress-import.js';
import type { ProgressImportInput } from '../io/progress-import/progress-import.js';
import type { ImportProblem } from '../io/ledger-xlsx/index.js';
import { AppError } from '../shared/app-error.js';
import { EXIT_FILE_HAS_PROBLEMS, printProblems } from './import.command.js';
import { systemCaller } from './system-caller.js';
import { resolveOrganisationId, withDatabase } from './with-database.js';

interface ProgressOptions {
  quarter?: string;
  replace?: boolean;
  dryRun?: boolean;
  organisation?: string;
}

/** `plantrack import FILE --progress [--quarter 2023Q3] [--replace] [--dry-run]`: past progress, as the office's import does it. */
export async function importProgressFile(content: Buffer, fileName: string, options: ProgressOptions): Promise<void> {
  if (options.quarter !== undefined && !/^\d{4}Q[1-4]$/.test(options.quarter)) {
    throw new Error(`季度应写成如 2023Q3，实际为“${options.quarter}”（--quarter expects e.g. 2023Q3）`);
  }
  const input: ProgressImportInput = { content, fileName, quarter: options.quarter, replace: options.replace === true };
  const isDryRun = options.dryRun === true;
  const outcome = await withDatabase(async (db, config) => {
    configureWorkbookParsing(config.importParsing);
    try {
      return await importProgress(db, await resolveOrganisationId(db, options.organisation), input, isDryRun);
    } finally {
      stopWorkbookParsing();
    }
  });
  if (!('quarters' in outcome) || outcome.problems.length > 0) {
    printProblems(outcome.problems);
    process.exitCode = EXIT_FILE_HAS_PROBLEMS;
    return;
  }
  console.log(`${fileName}（历史数据导入）${isDryRun ? '检查通过，未写入（--dry-run）' : '导入完成'}`);
  for (const quarter of outcome.quarters) {
    const counts = quarter.departments.map((d) => `${d.department} ${d.created}项${d.replaced > 0 ? `（替换${d.replaced}项）` : ''}`);
    console.log(`  ${quarter.period}：${counts.join('，')}`);
  }
}

async function importProgress(db: Db, organisationId: number, input: ProgressImportInput, isDryRun: boolean) {
  const caller = systemCaller(organisationId);
  if (isDryRun) return previewProgressImport(db, caller.actor, input);
  try {
    return await commitProgressImport(db, caller, input);
  } catch (error) {
    if (error instanceof AppError && error.code === 'IMPORT_HAS_PROBLEMS') return { problems: error.details?.problems as ImportProblem[] };
    throw error;
  }
}

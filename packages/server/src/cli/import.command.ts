import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Command, Option } from 'commander';
import type { Db } from '../db/database.js';
import { commitLedgerImport } from '../io/ledger-import/commit-ledger-import.js';
import type { LedgerImportCommit } from '../io/ledger-import/commit-ledger-import.js';
import { changeLabelsZh } from '../io/ledger-import/import-field-labels.js';
import type { LedgerImportPreview } from '../io/ledger-import/ledger-import.types.js';
import { configureWorkbookParsing, stopWorkbookParsing } from '../io/ledger-import/parse-workbook-isolated.js';
import { previewLedgerImport } from '../io/ledger-import/preview-ledger-import.js';
import { LEDGER_KINDS } from '../io/ledger-xlsx/index.js';
import type { ImportProblem, LedgerKind } from '../io/ledger-xlsx/index.js';
import { AppError } from '../shared/app-error.js';
import { importProgressFile } from './import-progress.js';
import { resolveOperatorPath } from './operator-path.js';
import { systemCaller } from './system-caller.js';
import { resolveOrganisationId, withDatabase } from './with-database.js';

/** Exit code when the file has problems (1 is any other failure). */
export const EXIT_FILE_HAS_PROBLEMS = 2;

interface ImportOptions {
  ledger?: LedgerKind;
  progress?: boolean;
  quarter?: string;
  replace?: boolean;
  dryRun?: boolean;
  year?: string;
  organisation?: string;
}

export function importCommand(): Command {
  return new Command('import')
    .description('从 Excel 导入台账或历史进展：全部写入或全部不写 Import a ledger, or past progress, from .xlsx (all or nothing)')
    .argument('<file>', '台账文件（.xlsx）')
    .addOption(new Option('--ledger <kind>', '台账类型').choices([...LEDGER_KINDS]).conflicts('progress'))
    .option('--progress', '导入往季度进展（历史数据导入） Import past quarters’ progress')
    .option('--quarter <quarter>', '未写明季度的表格所属季度（如 2023Q3），仅用于 --progress')
    .option('--replace', '替换已有的季度报告（原报告保留为历史版本），仅用于 --progress')
    .option('--dry-run', '只检查并列出将新建/更新的条目，不写入 Check and list what would change, write nothing')
    .option('--year <year>', '表头未写年份的季度列（如“一季度”）所属年度')
    .option('--organisation <code>', '机构代码（默认：运行计划的机构）')
    .action(async (file: string, options: ImportOptions) => {
      const content = await readFile(resolveOperatorPath(file)).catch((error: NodeJS.ErrnoException) => {
        throw error.code === 'ENOENT' ? new Error(`找不到文件 ${file}，请检查路径（file not found）`) : error;
      });
      if (options.progress) return importProgressFile(content, path.basename(file), options);
      if (options.ledger === undefined)
        throw new Error('请用 --ledger <类型> 指定台账类型，或用 --progress 导入历史进展（--ledger or --progress is required）');
      const input = { content, fileName: path.basename(file), kind: options.ledger, year: options.year === undefined ? undefined : Number(options.year) };
      const outcome = await withDatabase(async (db, config) => {
        // The same capped parsing processes as the server: an operator's file gets the same limits.
        configureWorkbookParsing(config.importParsing);
        try {
          return await importFile(db, await resolveOrganisationId(db, options.organisation), input, options.dryRun === true);
        } finally {
          stopWorkbookParsing();
        }
      });
      if (!('creates' in outcome) || outcome.problems.length > 0) {
        printProblems(outcome.problems);
        process.exitCode = EXIT_FILE_HAS_PROBLEMS;
        return;
      }
      printChanges(outcome, options.dryRun === true);
    });
}

async function importFile(db: Db, organisationId: number, input: LedgerImportCommit, isDryRun: boolean) {
  const caller = systemCaller(organisationId);
  if (isDryRun) return previewLedgerImport(db, caller.actor, input);
  try {
    return await commitLedgerImport(db, caller, input);
  } catch (error) {
    if (error instanceof AppError && error.code === 'IMPORT_HAS_PROBLEMS') return { problems: error.details?.problems as ImportProblem[] };
    throw error;
  }
}

function printChanges(preview: LedgerImportPreview, isDryRun: boolean): void {
  const verb = isDryRun ? '将' : '已';
  console.log(`${preview.fileName ?? ''}（${preview.ledgerName}）${isDryRun ? '检查通过，未写入（--dry-run）' : '导入完成'}`);
  console.log(`${verb}新建 ${preview.creates.length} 项，${verb}更新 ${preview.updates.length} 项，无变化 ${preview.unchanged.length} 项`);
  for (const item of preview.creates) {
    const renumbered = item.fileCode === undefined ? '' : `（${item.fileCode} 已是其他任务的编号）`;
    console.log(`  新建 ${item.code} ${item.title}${renumbered}`);
  }
  for (const item of preview.updates) {
    const matched = item.fileCode === undefined ? '' : `（文件中编号 ${item.fileCode}，按名称对应）`;
    console.log(`  更新 ${item.code} ${item.title}${matched}：${changeLabelsZh(Object.keys(item.changes)).join('、')}`);
  }
  if (preview.notInFile.length > 0)
    console.log(`台账中另有 ${preview.notInFile.length} 项不在文件中，保持不变：${preview.notInFile.map((i) => i.code).join('、')}`);
}

export function printProblems(problems: readonly ImportProblem[]): void {
  console.error(`文件有 ${problems.length} 个问题，未做任何改动：`);
  for (const problem of problems) console.error(`  ${where(problem)}${problem.messageZh}`);
}

/** 工作表“总台账” 第7行 F列： */
export function where(problem: ImportProblem): string {
  const parts = [
    problem.sheet === null ? null : `工作表“${problem.sheet}”`,
    problem.row === null ? null : `第${problem.row}行`,
    problem.column === null ? null : `${problem.column}列`,
  ].filter(Boolean);
  return parts.length === 0 ? '' : `${parts.join(' ')}：`;
}

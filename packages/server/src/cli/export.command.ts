import path from 'node:path';
import { SCHEDULE_STATUSES } from '@plantrack/domain';
import type { ScheduleStatus } from '@plantrack/domain';
import { Command, Option } from 'commander';
import { exportLedger } from '../io/ledger-export/export-ledger.js';
import { LEDGER_KINDS } from '../io/ledger-xlsx/index.js';
import type { LedgerKind } from '../io/ledger-xlsx/index.js';
import { writeOutputFile } from './operator-path.js';
import { systemCaller } from './system-caller.js';
import { resolveOrganisationId, withDatabase } from './with-database.js';

interface ExportOptions {
  ledger: LedgerKind;
  out: string;
  department?: string;
  leader?: string;
  area?: string;
  status?: ScheduleStatus;
  asOf?: string;
  organisation?: string;
}

export function exportCommand(): Command {
  return new Command('export')
    .description('导出台账为 Excel（.xlsx）或 CSV，版式与导入一致 Export a ledger to .xlsx or .csv')
    .addOption(new Option('--ledger <kind>', '台账类型').choices([...LEDGER_KINDS]).makeOptionMandatory())
    .requiredOption('--out <file>', '输出文件，扩展名 .xlsx 或 .csv 决定格式')
    .option('--department <name>', '只导出该部门牵头或配合的条目（全称、简称或别名）')
    .option('--leader <id>', '只导出该市领导（人员编号）分管的条目')
    .option('--area <code>', '只导出该领域（编号，如 1）的条目')
    .addOption(new Option('--status <status>', '只导出该季度状态的条目').choices([...SCHEDULE_STATUSES]))
    .option('--as-of <quarter>', '状态所在季度，如 2023Q2（默认当前季度）')
    .option('--organisation <code>', '机构代码（默认：运行计划的机构）')
    .action(async (options: ExportOptions) => {
      const extension = path.extname(options.out).toLowerCase();
      if (extension !== '.xlsx' && extension !== '.csv') throw new Error('--out 的扩展名应为 .xlsx 或 .csv（--out must end in .xlsx or .csv）');
      const file = await withDatabase(async (db) =>
        exportLedger(db, systemCaller(await resolveOrganisationId(db, options.organisation)), {
          ledger: options.ledger,
          department: options.department,
          leader: options.leader === undefined ? undefined : Number(options.leader),
          area: options.area,
          status: options.status,
          asOf: options.asOf,
          format: extension === '.csv' ? 'csv' : 'xlsx',
        }),
      );
      const written = await writeOutputFile(options.out, file.content);
      console.log(`已导出 ${file.itemCount} 项到 ${written}（exported ${file.itemCount} items）`);
    });
}

import { writeFile } from 'node:fs/promises';
import { isPeriod, SCHEDULE_STATUSES } from '@plantrack/domain';
import type { ScheduleStatus } from '@plantrack/domain';
import { Command, Option } from 'commander';
import { exportHandout } from '../io/handout/export-handout.js';
import { HANDOUT_GROUPINGS } from '@plantrack/contract/io/exports.contract';
import type { HandoutGrouping } from '@plantrack/contract/io/exports.contract';
import { LEDGER_KINDS } from '../io/ledger-xlsx/index.js';
import type { LedgerKind } from '../io/ledger-xlsx/index.js';
import { systemCaller } from './system-caller.js';
import { resolveOrganisationId, withDatabase } from './with-database.js';

interface HandoutOptions {
  quarter: string;
  out: string;
  groupBy: HandoutGrouping;
  ledger?: LedgerKind;
  department?: string;
  leader?: string;
  area?: string;
  status?: ScheduleStatus;
  organisation?: string;
}

export function handoutCommand(): Command {
  return new Command('handout')
    .description('导出调度会推进情况表（.xlsx，A3 横向打印）Write the progress-meeting handout for a quarter')
    .requiredOption('--quarter <quarter>', '季度，如 2024Q2')
    .requiredOption('--out <file>', '输出文件（.xlsx）')
    .addOption(new Option('--group-by <grouping>', '分组：area 按领域，leader 按分管市领导').choices([...HANDOUT_GROUPINGS]).default('area'))
    .addOption(new Option('--ledger <kind>', '只含该台账的条目').choices([...LEDGER_KINDS]))
    .option('--department <name>', '只含该部门牵头或配合的条目（全称、简称或别名）')
    .option('--leader <id>', '只含该市领导（人员编号）分管的条目')
    .option('--area <code>', '只含该领域（编号，如 1）的条目')
    .addOption(new Option('--status <status>', '只含该季度状态的条目').choices([...SCHEDULE_STATUSES]))
    .option('--organisation <code>', '机构代码（默认：运行计划的机构）')
    .action(async (options: HandoutOptions) => {
      if (!isPeriod(options.quarter)) throw new Error('--quarter 应写成 2024Q2 的形式（--quarter must look like 2024Q2）');
      if (!options.out.toLowerCase().endsWith('.xlsx')) throw new Error('--out 的扩展名应为 .xlsx（--out must end in .xlsx）');
      const file = await withDatabase(async (db) =>
        exportHandout(db, systemCaller(await resolveOrganisationId(db, options.organisation)), {
          quarter: options.quarter,
          groupBy: options.groupBy,
          ledger: options.ledger,
          department: options.department,
          leader: options.leader === undefined ? undefined : Number(options.leader),
          area: options.area,
          status: options.status,
        }),
      );
      await writeFile(options.out, file.content);
      console.log(`已导出推进情况表（${file.itemCount} 项）到 ${options.out}（exported ${file.itemCount} items）`);
    });
}

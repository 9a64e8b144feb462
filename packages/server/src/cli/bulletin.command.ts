import { writeOutputFile as writeFile } from './operator-path.js';
import { isDate, isPeriod } from '@plantrack/domain';
import { Command } from 'commander';
import { exportBulletin } from '../io/bulletin/export-bulletin.js';
import { systemCaller } from './system-caller.js';
import { resolveOrganisationId, withDatabase } from './with-database.js';

export function bulletinCommand(): Command {
  return new Command('bulletin')
    .description('生成季度通报（Word .docx，公文格式）Write the quarterly bulletin as .docx')
    .requiredOption('--quarter <quarter>', '季度，如 2023Q2')
    .requiredOption('--out <file>', '输出文件（.docx）')
    .option('--organisation <code>', '机构代码（默认：运行计划的机构）')
    .option('--number <n>', '发文字号的序号，如 4 →〔2024〕4号（默认：本季度已用的序号，或本年下一个）')
    .option('--date <yyyy-mm-dd>', '成文日期（默认：今天）；发文字号的年份随之')
    .action(async (options: { quarter: string; out: string; organisation?: string; number?: string; date?: string }) => {
      if (!isPeriod(options.quarter)) throw new Error('--quarter 应写成 2023Q2 的形式（--quarter must look like 2023Q2）');
      if (options.number !== undefined && !/^[1-9]\d{0,3}$/.test(options.number))
        throw new Error('--number 应为正整数，如 4（--number must be a positive integer）');
      if (options.date !== undefined && !isDate(options.date)) throw new Error('--date 应写成 2024-07-10 的形式（--date must look like 2024-07-10）');
      const request = { documentNumber: options.number === undefined ? undefined : Number(options.number), issuedOn: options.date };
      const file = await withDatabase(async (db) =>
        exportBulletin(db, systemCaller(await resolveOrganisationId(db, options.organisation)), options.quarter, request),
      );
      await writeFile(options.out, file.content);
      console.log(`已生成${file.fileName.replace(/\.docx$/, '')}（${file.documentNumber}）：${options.out}`);
    });
}

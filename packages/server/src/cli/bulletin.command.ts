import { writeOutputFile as writeFile } from './operator-path.js';
import { isPeriod } from '@plantrack/domain';
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
    .action(async (options: { quarter: string; out: string; organisation?: string }) => {
      if (!isPeriod(options.quarter)) throw new Error('--quarter 应写成 2023Q2 的形式（--quarter must look like 2023Q2）');
      const file = await withDatabase(async (db) => exportBulletin(db, systemCaller(await resolveOrganisationId(db, options.organisation)), options.quarter));
      await writeFile(options.out, file.content);
      console.log(`已生成${file.fileName.replace(/\.docx$/, '')}：${options.out}`);
    });
}

import { randomBytes } from 'node:crypto';
import { Command, InvalidArgumentError } from 'commander';
import { generateProvince } from '../generate/generate-province.js';
import { withDatabase } from './with-database.js';

interface GenerateCommandOptions {
  cities: number;
  scale: number;
  seed: string;
  password?: string;
  json?: boolean;
}

function positiveNumber(max: number) {
  return (text: string): number => {
    const value = Number(text);
    if (!Number.isFinite(value) || value <= 0 || value > max) throw new InvalidArgumentError(`应为 0 到 ${max} 之间的数 (a number in (0, ${max}])`);
    return value;
  };
}

export function generateCommand(): Command {
  return new Command('generate')
    .description('生成全省规模的演示数据（标记为演示数据）用于演示和性能测试 Generate province-scale demonstration data')
    .option('--cities <n>', '城市数', (text) => Math.round(positiveNumber(64)(text)), 16)
    .option('--scale <n>', '每市任务（及报告）数量倍数：1 ≈ 每市 312 项、全省 5,000 项和 60,000 份报告', positiveNumber(64), 1)
    .option('--seed <seed>', '随机种子：同样的种子、城市数和倍数生成同样的数据', '42')
    .option('--password <password>', '所有生成账号的密码（默认 PLANTRACK_DEMO_PASSWORD，否则随机并打印一次）')
    .option('--json', '以 JSON 输出结果（城市、账号前缀、各表行数）')
    .action(async (options: GenerateCommandOptions) => {
      const password = options.password ?? process.env.PLANTRACK_DEMO_PASSWORD ?? randomBytes(12).toString('base64url');
      const summary = await withDatabase((db) =>
        generateProvince(db, {
          cities: options.cities,
          scale: options.scale,
          seed: options.seed,
          password,
          onProgress: options.json ? undefined : (line) => console.log(line),
        }),
      );
      if (options.json) {
        console.log(JSON.stringify(summary));
        return;
      }
      const rows = Object.entries(summary.rows).map(([table, count]) => `${table} ${count}`);
      console.log(`已生成演示数据 generated in ${summary.seconds}s: ${rows.join(', ')}`);
      console.log(`账号 accounts: ${summary.cities[0]?.userPrefix ?? 'gen01'}_hq, …_d01_manager, …_d01_staff1, …_leader1（每市前缀 gen01…）`);
      if (!options.password && !process.env.PLANTRACK_DEMO_PASSWORD) console.log(`密码 password (随机生成，仅显示这一次 shown only once): ${password}`);
    });
}

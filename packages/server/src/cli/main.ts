import { Command } from 'commander';
import { loadConfig } from '../config.js';
import { migrateToLatest } from '../db/migrate.js';
import { describeSampleAccounts, ensureSampleData } from '../seed/ensure-sample-data.js';
import { startServer } from '../server.js';
import { APP_VERSION } from '../version.js';
import { bulletinCommand } from './bulletin.command.js';
import { exportCommand } from './export.command.js';
import { generateCommand } from './generate.command.js';
import { handoutCommand } from './handout.command.js';
import { importCommand } from './import.command.js';
import { auditCommand } from './audit.command.js';
import { backupCommand, restoreCommand } from './backup.command.js';
import { usersCommand } from './users.command.js';
import { withDatabase } from './with-database.js';
import { runCli } from './run-cli.js';

const program = new Command('plantrack')
  .description('PlanTrack 推进台账系统 — 数据位置 PLANTRACK_DATA_DIR（默认 ./data）；设置 DATABASE_URL=postgres://… 改用 PostgreSQL')
  .version(APP_VERSION);

program
  .command('serve')
  .description('启动服务（端口 PORT，默认 3000）；首次启动自动迁移并载入示例计划 Start the server')
  .action(async () => {
    await startServer(loadConfig());
  });

program
  .command('migrate')
  .description('把数据库迁移到最新结构 Migrate the database to the latest schema')
  .action(async () => {
    const applied = await withDatabase((db) => migrateToLatest(db));
    console.log(applied.length > 0 ? `已应用迁移 applied: ${applied.join(', ')}` : '数据库已是最新 already up to date');
  });

program
  .command('seed')
  .description('向空数据库载入示例计划与示例账号 Load the sample plan and accounts into an empty database')
  .action(async () => {
    const outcome = await withDatabase((db) => ensureSampleData(db, loadConfig().demoPassword));
    console.log(outcome.isSeeded ? describeSampleAccounts(outcome) : '数据库中已有计划，未做改动 a plan exists already; nothing changed');
  });

program.addCommand(usersCommand());
program.addCommand(auditCommand());
program.addCommand(importCommand());
program.addCommand(exportCommand());
program.addCommand(bulletinCommand());
program.addCommand(handoutCommand());
program.addCommand(generateCommand());
program.addCommand(backupCommand());
program.addCommand(restoreCommand());

runCli(program);

import { Command } from 'commander';
import { restoreBackup } from '../backup/restore-backup.js';
import { takeBackup } from '../backup/take-backup.js';
import { loadConfig } from '../config.js';
import { resolveOperatorPath } from './operator-path.js';

const KEYS_WARNING =
  '警告：备份中含有审计与数据加密密钥（keys/），持有备份者即可读取加密的个人信息。请加密保存、限制访问，与其他备份分开保管。\n' +
  'WARNING: this backup contains the audit and data-encryption keys (keys/): whoever holds it can read the encrypted personal data. Store it encrypted, with restricted access.';

/** `plantrack backup --out DIR`: a consistent copy of the database, evidence files and keys, while the server runs. */
export function backupCommand(): Command {
  return new Command('backup')
    .description('备份数据库、佐证材料与密钥到一个空目录（服务运行时亦可）Back up the database, evidence files and keys')
    .requiredOption('--out <dir>', '备份目录（须为空）an empty folder for the backup')
    .action(async (options: { out: string }) => {
      const outDir = resolveOperatorPath(options.out);
      const manifest = await takeBackup(loadConfig(), outDir);
      const rows = Object.values(manifest.tables).reduce((sum, count) => sum + count, 0);
      console.log(
        `已备份 backed up to ${outDir}: ${Object.keys(manifest.tables).length} 张表 tables, ${rows} 行 rows, ${manifest.attachments.length} 个佐证材料 attachments`,
      );
      if (manifest.missingAttachments.length > 0) {
        console.warn(`注意：数据库引用但数据目录中缺少的佐证材料 evidence named but missing: ${manifest.missingAttachments.join(', ')}`);
      }
      if (manifest.keyFiles.length > 0) console.warn(KEYS_WARNING);
      if (manifest.keysFromEnvironment.length > 0) {
        console.warn(
          `注意：密钥 ${manifest.keysFromEnvironment.join(', ')} 来自环境变量，不在备份中；恢复时须提供同样的密钥（keys from the environment are not in the backup; keep them in your secret store）`,
        );
      }
    });
}

/** `plantrack restore --from DIR [--force]`: refuses a target with data unless forced; verifies counts and checksums. */
export function restoreCommand(): Command {
  return new Command('restore')
    .description('从备份目录恢复（目标须为空，否则加 --force），并按清单核对 Restore a backup and verify it against its manifest')
    .requiredOption('--from <dir>', '备份目录 the backup folder')
    .option('--force', '覆盖已有数据 overwrite a database that holds data', false)
    .action(async (options: { from: string; force: boolean }) => {
      const outcome = await restoreBackup(loadConfig(), resolveOperatorPath(options.from), { isForced: options.force });
      if (outcome.countMismatches.length > 0 || outcome.badAttachments.length > 0) {
        throw new Error(
          `恢复后核对不符 verification failed — 表行数 row counts: ${outcome.countMismatches.join('; ') || 'ok'}; 佐证材料 attachments: ${outcome.badAttachments.join(', ') || 'ok'}`,
        );
      }
      const rows = Object.values(outcome.manifest.tables).reduce((sum, count) => sum + count, 0);
      console.log(
        `已恢复并核对 restored and verified: ${Object.keys(outcome.manifest.tables).length} 张表 tables, ${rows} 行 rows, ${outcome.manifest.attachments.length} 个佐证材料 attachments`,
      );
    });
}

import fs from 'node:fs/promises';
import path from 'node:path';
import type { AppConfig } from '../config.js';
import type { BackupManifest } from './backup-manifest.js';
import { compareCounts, readManifest, sha256OfFile } from './backup-manifest.js';
import { copyEvidence, findBadEvidence } from './evidence-files.js';
import { inspectPostgres, restorePostgres } from './postgres-backup.js';
import { inspectSqlite, isSqliteTargetEmpty, restoreSqlite } from './sqlite-backup.js';

export interface RestoreOutcome {
  manifest: BackupManifest;
  /** Tables whose counts differ from the manifest, and attachments missing or changed: empty when verified. */
  countMismatches: string[];
  badAttachments: string[];
}

async function isTargetEmpty(config: AppConfig): Promise<boolean> {
  if (config.database.kind === 'sqlite') return isSqliteTargetEmpty(config.database.file);
  return Object.keys(await inspectPostgres(config.database.url)).length === 0;
}

/** Puts the backup's key files in the data folder; a different key already there is kept beside it, never lost. */
async function restoreKeys(manifest: BackupManifest, fromDir: string, dataDir: string): Promise<void> {
  for (const relative of manifest.keyFiles) {
    const target = path.join(dataDir, relative);
    await fs.mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
    const existing = await fs.readFile(target, 'utf8').catch(() => null);
    const incoming = await fs.readFile(path.join(fromDir, relative), 'utf8');
    if (existing !== null && existing !== incoming) await fs.rename(target, `${target}.replaced-${Date.now()}`);
    await fs.writeFile(target, incoming, { mode: 0o600 });
  }
}

/**
 * Restores a backup folder into the configured database and data folder, refusing a target that
 * holds data unless forced, then checks the result against the manifest: rows per table and the
 * SHA-256 of every attachment.
 */
export async function restoreBackup(config: AppConfig, fromDir: string, options: { isForced: boolean }): Promise<RestoreOutcome> {
  const manifest = await readManifest(fromDir);
  if (manifest.database.kind !== config.database.kind) {
    throw new Error(`备份是 ${manifest.database.kind} 数据库，目标是 ${config.database.kind}（backup and target databases differ in kind）`);
  }
  const backupFile = path.join(fromDir, manifest.database.file);
  if ((await sha256OfFile(backupFile)) !== manifest.database.sha256) throw new Error('备份中的数据库文件已损坏（the database file of the backup is corrupt）');
  const damaged = await findBadEvidence(fromDir, manifest.attachments);
  if (damaged.length > 0)
    throw new Error(`备份中的佐证材料缺失或已损坏，未做任何改动（evidence in the backup is missing or corrupt; nothing changed）: ${damaged.join(', ')}`);
  if (!options.isForced && !(await isTargetEmpty(config))) {
    throw new Error('目标数据库已有数据，未做任何改动；确认要覆盖请加 --force（the target database is not empty; nothing changed; use --force to overwrite）');
  }
  await restoreKeys(manifest, fromDir, config.dataDir);
  if (config.database.kind === 'sqlite') restoreSqlite(backupFile, config.database.file);
  else await restorePostgres(config.database.url, backupFile, options.isForced);
  await copyEvidence(
    fromDir,
    config.dataDir,
    manifest.attachments.map((a) => a.sha256),
  );
  const tables = config.database.kind === 'sqlite' ? inspectSqlite(config.database.file).tables : await inspectPostgres(config.database.url);
  return {
    manifest,
    countMismatches: compareCounts(manifest.tables, tables),
    badAttachments: await findBadEvidence(config.dataDir, manifest.attachments),
  };
}

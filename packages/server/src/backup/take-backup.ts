import fs from 'node:fs/promises';
import path from 'node:path';
import type { AppConfig } from '../config.js';
import { APP_VERSION } from '../version.js';
import type { BackupManifest } from './backup-manifest.js';
import { MANIFEST_FILE, POSTGRES_BACKUP_FILE, SQLITE_BACKUP_FILE, sha256OfFile } from './backup-manifest.js';
import { copyEvidence, listEvidenceFiles } from './evidence-files.js';
import { backupPostgres } from './postgres-backup.js';
import { backupSqlite, inspectSqlite } from './sqlite-backup.js';

const KEY_NAMES = ['audit', 'data'] as const;

/** Copies the key files of the data folder (owner-only, like the originals); names the keys given in the environment. */
async function copyKeys(config: Pick<AppConfig, 'dataDir' | 'keys'>, outDir: string): Promise<{ keyFiles: string[]; keysFromEnvironment: string[] }> {
  const keyFiles: string[] = [];
  const keysFromEnvironment: string[] = [];
  for (const name of KEY_NAMES) {
    if (config.keys[name]) {
      keysFromEnvironment.push(name);
      continue;
    }
    const source = path.join(config.dataDir, 'keys', `${name}.key`);
    const relative = path.join('keys', `${name}.key`);
    try {
      await fs.mkdir(path.join(outDir, 'keys'), { recursive: true, mode: 0o700 });
      await fs.copyFile(source, path.join(outDir, relative));
      await fs.chmod(path.join(outDir, relative), 0o600);
      keyFiles.push(relative);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  return { keyFiles, keysFromEnvironment };
}

/**
 * A backup folder: the database (SQLite online backup, or pg_dump of one snapshot), the evidence
 * files, the key files, and manifest.json (row counts per table, SHA-256 of every attachment),
 * written last. The database is copied first: evidence is stored before the row that names it, so
 * every file the copied database names is already there when the folder is copied after it.
 */
export async function takeBackup(config: AppConfig, outDir: string): Promise<BackupManifest> {
  await fs.mkdir(outDir, { recursive: true, mode: 0o700 });
  if ((await fs.readdir(outDir)).length > 0) throw new Error(`备份目录须为空（the backup folder must be empty）: ${outDir}`);
  const databaseFile = config.database.kind === 'sqlite' ? SQLITE_BACKUP_FILE : POSTGRES_BACKUP_FILE;
  const databasePath = path.join(outDir, databaseFile);
  let snapshot: { tables: Record<string, number>; evidenceSha256s: string[] };
  if (config.database.kind === 'sqlite') {
    await backupSqlite(config.database.file, databasePath);
    snapshot = inspectSqlite(databasePath);
  } else {
    snapshot = await backupPostgres(config.database.url, databasePath);
  }
  const onDisk = await listEvidenceFiles(config.dataDir);
  const attachments = await copyEvidence(config.dataDir, outDir, onDisk);
  const present = new Set(onDisk);
  const keys = await copyKeys(config, outDir);
  const manifest: BackupManifest = {
    format: 'plantrack-backup',
    formatVersion: 1,
    createdAt: new Date().toISOString(),
    appVersion: APP_VERSION,
    database: { kind: config.database.kind, file: databaseFile, sha256: await sha256OfFile(databasePath) },
    tables: snapshot.tables,
    attachments,
    missingAttachments: snapshot.evidenceSha256s.filter((sha256) => !present.has(sha256)),
    ...keys,
  };
  await fs.writeFile(path.join(outDir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
  return manifest;
}

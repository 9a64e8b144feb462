import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';

/** What a backup holds, written last (a folder without it is an unfinished backup) and checked on restore. */
export interface BackupManifest {
  format: 'plantrack-backup';
  formatVersion: 1;
  createdAt: string;
  appVersion: string;
  database: { kind: 'sqlite' | 'postgres'; file: string; sha256: string };
  /** Rows per table, counted in the same snapshot as the copy of the database. */
  tables: Record<string, number>;
  /** Every evidence file (content-addressed: its name is its SHA-256). */
  attachments: { sha256: string; sizeBytes: number }[];
  /** Evidence the database names but the data folder lacked when the backup was taken. */
  missingAttachments: string[];
  /** Key files copied (`keys/audit.key`…); keys given in the environment are not in the backup. */
  keyFiles: string[];
  keysFromEnvironment: string[];
}

export const MANIFEST_FILE = 'manifest.json';
export const SQLITE_BACKUP_FILE = 'plantrack.sqlite';
export const POSTGRES_BACKUP_FILE = 'plantrack.pgdump';

export async function sha256OfFile(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export async function readManifest(folder: string): Promise<BackupManifest> {
  const text = await fs.readFile(path.join(folder, MANIFEST_FILE), 'utf8').catch(() => {
    throw new Error(`${folder} 中没有 manifest.json，不是完整的备份（not a complete backup: no manifest.json）`);
  });
  const manifest = JSON.parse(text) as BackupManifest;
  if (manifest.format !== 'plantrack-backup' || manifest.formatVersion !== 1) throw new Error('不认识的备份格式（unknown backup format）');
  return manifest;
}

/** The tables whose counts differ between the manifest and what is there now. */
export function compareCounts(expected: Record<string, number>, actual: Record<string, number>): string[] {
  const names = new Set([...Object.keys(expected), ...Object.keys(actual)]);
  return [...names].filter((name) => expected[name] !== actual[name]).map((name) => `${name}: ${expected[name] ?? '—'} ≠ ${actual[name] ?? '—'}`);
}

import fs from 'node:fs';
import SQLite from 'better-sqlite3';

/**
 * SQLite's online backup API: a consistent copy while the server keeps writing (WAL). All pages are
 * copied in one step, so the copy is one snapshot rather than restarting whenever a write lands.
 */
export async function backupSqlite(sourceFile: string, targetFile: string): Promise<void> {
  if (!fs.existsSync(sourceFile)) throw new Error(`找不到数据库文件（database file not found）: ${sourceFile}`);
  const source = new SQLite(sourceFile, { fileMustExist: true });
  try {
    source.pragma('busy_timeout = 10000');
    await source.backup(targetFile, { progress: () => 0x7fffffff });
  } finally {
    source.close();
  }
}

/** Rows per table and the evidence the database names, read from an SQLite file. */
export function inspectSqlite(file: string): { tables: Record<string, number>; evidenceSha256s: string[] } {
  const database = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    const names = database.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name").pluck().all() as string[];
    const tables = Object.fromEntries(names.map((name) => [name, database.prepare(`select count(*) from "${name}"`).pluck().get() as number]));
    const evidenceSha256s = names.includes('evidence_files')
      ? (database.prepare('select distinct sha256 from evidence_files order by sha256').pluck().all() as string[])
      : [];
    return { tables, evidenceSha256s };
  } finally {
    database.close();
  }
}

export function isSqliteTargetEmpty(file: string): boolean {
  return !fs.existsSync(file) || fs.statSync(file).size === 0;
}

/** Puts the backup's file in place of the target's (its WAL and shared-memory files go with the old one). */
export function restoreSqlite(backupFile: string, targetFile: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${targetFile}${suffix}`, { force: true });
  const temporary = `${targetFile}.restoring`;
  fs.copyFileSync(backupFile, temporary);
  fs.renameSync(temporary, targetFile);
}

import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

async function runTool(tool: 'pg_dump' | 'pg_restore', args: string[]): Promise<void> {
  try {
    await run(tool, args, { maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const failed = error as NodeJS.ErrnoException & { stderr?: string };
    if (failed.code === 'ENOENT') throw new Error(`找不到 ${tool}，请安装 PostgreSQL 客户端工具并加入 PATH（${tool} not found on PATH）`);
    throw new Error(`${tool} 失败（failed）: ${failed.stderr ?? failed.message}`);
  }
}

async function countTables(client: pg.Client): Promise<Record<string, number>> {
  const names = await client.query<{ name: string }>(
    "select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name",
  );
  const tables: Record<string, number> = {};
  for (const { name } of names.rows) {
    const result = await client.query<{ count: string }>(`select count(*) as count from "${name}"`);
    tables[name] = Number(result.rows[0]!.count);
  }
  return tables;
}

/**
 * pg_dump (custom format) of the snapshot in which the rows are counted: a repeatable-read transaction
 * exports its snapshot, pg_dump reads that same snapshot, so counts and dump agree while writes go on.
 */
export async function backupPostgres(url: string, targetFile: string): Promise<{ tables: Record<string, number>; evidenceSha256s: string[] }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('begin isolation level repeatable read read only');
    const snapshot = (await client.query<{ id: string }>('select pg_export_snapshot() as id')).rows[0]!.id;
    const tables = await countTables(client);
    const evidenceSha256s =
      'evidence_files' in tables
        ? (await client.query<{ sha256: string }>('select distinct sha256 from evidence_files order by sha256')).rows.map((r) => r.sha256)
        : [];
    await runTool('pg_dump', ['--format=custom', `--snapshot=${snapshot}`, '--no-owner', '--no-privileges', `--file=${targetFile}`, `--dbname=${url}`]);
    await client.query('commit');
    return { tables, evidenceSha256s };
  } finally {
    await client.end();
  }
}

export async function inspectPostgres(url: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await countTables(client);
  } finally {
    await client.end();
  }
}

/** Restores the dump; with `isForced`, whatever the database holds is dropped first. */
export async function restorePostgres(url: string, backupFile: string, isForced: boolean): Promise<void> {
  if (isForced) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query('drop schema if exists public cascade');
      await client.query('create schema public');
    } finally {
      await client.end();
    }
  }
  await runTool('pg_restore', ['--no-owner', '--no-privileges', '--exit-on-error', `--dbname=${url}`, backupFile]);
}

import { loadConfig } from '../config.js';
import type { Db } from '../db/database.js';
import { openDatabase } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';

/** Runs a command against the configured database (migrated first), then closes it. */
export async function withDatabase<T>(work: (db: Db) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const handle = openDatabase(config.database);
  try {
    await migrateToLatest(handle.db);
    return await work(handle.db);
  } finally {
    await handle.destroy();
  }
}

/** The organisation a command acts on: the one given by code, else the (only) one that runs a plan. */
export async function resolveOrganisationId(db: Db, code: string | undefined): Promise<number> {
  const query = db.selectFrom('organisations').select('organisations.id');
  const row = code
    ? await query.where('code', '=', code).executeTakeFirst()
    : await query.innerJoin('plans', 'plans.organisationId', 'organisations.id').orderBy('plans.id').executeTakeFirst();
  if (!row)
    throw new Error(code ? `找不到机构 ${code}（organisation not found）` : '数据库中还没有计划，请先运行 plantrack seed（no plan yet: run plantrack seed）');
  return row.id;
}

import type { AppConfig } from '../config.js';
import { loadConfig } from '../config.js';
import type { Db } from '../db/database.js';
import { openDatabase } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import { checkKeyFingerprints } from '../keys/check-key-fingerprints.js';
import { installSecretKeys } from '../keys/secret-keys.js';
import { findOrganisationIdByCodeOrPlan } from '../organisation/organisations.repository.js';

/** Runs a command against the configured database (migrated first, keys checked), then closes it. */
export async function withDatabase<T>(work: (db: Db, config: AppConfig) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const keys = installSecretKeys(config);
  const handle = openDatabase(config.database);
  try {
    await migrateToLatest(handle.db);
    await checkKeyFingerprints(handle.db, keys);
    return await work(handle.db, config);
  } finally {
    await handle.destroy();
  }
}

/** The organisation a command acts on: the one given by code, else the (only) one that runs a plan. */
export async function resolveOrganisationId(db: Db, code: string | undefined): Promise<number> {
  const id = await findOrganisationIdByCodeOrPlan(db, code);
  if (id === undefined)
    throw new Error(code ? `找不到机构 ${code}（organisation not found）` : '数据库中还没有计划，请先运行 plantrack seed（no plan yet: run plantrack seed）');
  return id;
}

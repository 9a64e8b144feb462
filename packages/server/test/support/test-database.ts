import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DatabaseHandle, DatabaseTarget } from '../../src/db/database.js';
import { openDatabase } from '../../src/db/database.js';
import { migrateToLatest } from '../../src/db/migrate.js';

/**
 * Tests run on SQLite by default and on PostgreSQL when PLANTRACK_TEST_DATABASE_URL names a server.
 * The schema is migrated once into a template; every test file gets its own copy of it.
 */
export const TEST_PG_URL = process.env.PLANTRACK_TEST_DATABASE_URL;
// The global setup picks the template's path and hands it to the test workers through the environment.
const TEMPLATE_ENV = 'PLANTRACK_TEST_TEMPLATE_FILE';
// PostgreSQL's template is named per run too, so two test runs on one server never drop each other's.
const PG_TEMPLATE_ENV = 'PLANTRACK_TEST_PG_TEMPLATE';
function pgTemplate(): string {
  process.env[PG_TEMPLATE_ENV] ??= `plantrack_template_${randomBytes(6).toString('hex')}`;
  return process.env[PG_TEMPLATE_ENV];
}

function sqliteTemplate(): string {
  process.env[TEMPLATE_ENV] ??= path.join(os.tmpdir(), `plantrack-test-template-${randomBytes(6).toString('hex')}.sqlite`);
  return process.env[TEMPLATE_ENV];
}

function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_PG_URL });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** Builds the migrated template; run once per test run from the global setup. */
export async function prepareTemplate(): Promise<void> {
  if (TEST_PG_URL) {
    await adminQuery(`drop database if exists ${pgTemplate()} with (force)`);
    await adminQuery(`create database ${pgTemplate()}`);
    const handle = openDatabase({ kind: 'postgres', url: withDatabaseName(TEST_PG_URL, pgTemplate()) });
    await migrateToLatest(handle.db);
    await handle.destroy();
    return;
  }
  const handle = openDatabase({ kind: 'sqlite', file: sqliteTemplate() });
  await migrateToLatest(handle.db);
  await handle.destroy();
}

export async function dropTemplate(): Promise<void> {
  if (TEST_PG_URL) await adminQuery(`drop database if exists ${pgTemplate()} with (force)`);
  else for (const suffix of ['', '-wal', '-shm']) fs.rmSync(sqliteTemplate() + suffix, { force: true });
}

export interface TestDatabase extends DatabaseHandle {
  target: DatabaseTarget;
}

/** A fresh, migrated, empty database for one test file. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `plantrack_test_${randomBytes(6).toString('hex')}`;
  if (TEST_PG_URL) {
    await adminQuery(`create database ${name} template ${pgTemplate()}`);
    const target: DatabaseTarget = { kind: 'postgres', url: withDatabaseName(TEST_PG_URL, name) };
    const handle = openDatabase(target);
    return {
      ...handle,
      target,
      destroy: async () => {
        await handle.destroy();
        await adminQuery(`drop database if exists ${name} with (force)`);
      },
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plantrack-test-'));
  const file = path.join(dir, 'plantrack.sqlite');
  fs.copyFileSync(sqliteTemplate(), file);
  const target: DatabaseTarget = { kind: 'sqlite', file };
  const handle = openDatabase(target);
  return {
    ...handle,
    target,
    destroy: async () => {
      await handle.destroy();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

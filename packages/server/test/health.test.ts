import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/database.js';
import type { TestApp } from './support/test-app.js';
import { createTestApp } from './support/test-app.js';
import { TEST_KEY_ENV } from './support/test-keys.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

/** An app over a fresh SQLite file that was never migrated, or over a PostgreSQL server that is not there. */
async function appOnUnmigratedDatabase(options: { isUnreachable?: boolean } = {}) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'plantrack-health-'));
  const env = { ...TEST_KEY_ENV, PLANTRACK_DATA_DIR: dataDir, ...(options.isUnreachable ? { DATABASE_URL: 'postgres://nobody:none@127.0.0.1:1/none' } : {}) };
  const config = { ...loadConfig(env), logLevel: 'silent' as const };
  const handle = openDatabase(config.database);
  const app = await buildApp({ db: handle.db, dbKind: handle.kind, config }, { logger: false });
  await app.ready();
  return {
    app,
    close: async () => {
      await app.close();
      await handle.destroy();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

describe('liveness and readiness probes', () => {
  it('live answers 200 without a session', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/health/live' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'ok' });
  });

  it('ready answers 200 when the database answers and every migration is applied', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/health/ready' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'ready', db: t.database.kind });
  });

  it('ready answers 503 with the pending migrations on a database that was not migrated; live still 200', async () => {
    const unmigrated = await appOnUnmigratedDatabase();
    try {
      const ready = await unmigrated.app.inject({ method: 'GET', url: '/api/health/ready' });
      expect(ready.statusCode).toBe(503);
      expect(ready.json()).toMatchObject({ status: 'unavailable', reason: 'migrations_pending' });
      expect(ready.json().pendingMigrations).toContain('2026-11-26T00-00-foundation');
      expect((await unmigrated.app.inject({ method: 'GET', url: '/api/health/live' })).statusCode).toBe(200);
    } finally {
      await unmigrated.close();
    }
  });

  it('ready answers 503 when the database does not answer; live still 200', async () => {
    const broken = await appOnUnmigratedDatabase({ isUnreachable: true });
    try {
      const ready = await broken.app.inject({ method: 'GET', url: '/api/health/ready' });
      expect(ready.statusCode).toBe(503);
      expect(ready.json()).toMatchObject({ status: 'unavailable', reason: 'database_unavailable' });
      expect((await broken.app.inject({ method: 'GET', url: '/api/health/live' })).statusCode).toBe(200);
    } finally {
      await broken.close();
    }
  });
});

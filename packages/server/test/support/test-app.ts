import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/app.js';
import type { BuildAppOptions } from '../../src/app.js';
import type { AppConfig } from '../../src/config.js';
import { loadConfig } from '../../src/config.js';
import type { Db } from '../../src/db/database.js';
import { createTestDatabase } from './test-database.js';
import { TEST_KEY_ENV } from './test-keys.js';
import type { TestDatabase } from './test-database.js';

export interface TestApp {
  app: FastifyInstance;
  db: Db;
  database: TestDatabase;
  /** Where the app keeps files (evidence): a temporary folder of its own with `tempDataDir`. */
  dataDir: string;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Give the app a fresh temporary data folder (removed on close) instead of the default `./data`. */
  tempDataDir?: boolean;
  /** Settings beyond the defaults (e.g. small rate limits). */
  config?: Partial<AppConfig>;
  /** Sees every route as it is registered. */
  onRoute?: BuildAppOptions['onRoute'];
  /** Adds routes or hooks before the app is ready (e.g. a throwaway route for the access matrix). */
  beforeReady?: (app: FastifyInstance) => void;
}

/** The real application on a fresh database of its own, driven through `app.inject` (real HTTP stack). */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const defaults = loadConfig({ ...TEST_KEY_ENV });
  const dataDir = options.tempDataDir ? fs.mkdtempSync(path.join(os.tmpdir(), 'plantrack-data-')) : defaults.dataDir;
  // Every answer is held to its route's contract, so a presenter that drifts fails the test that calls it.
  const config = { ...defaults, dataDir, database: database.target, logLevel: 'silent' as const, checkAnswers: true, ...options.config };
  const app = await buildApp({ db: database.db, dbKind: database.kind, config }, { logger: false, onRoute: options.onRoute });
  options.beforeReady?.(app);
  await app.ready();
  return {
    app,
    db: database.db,
    database,
    dataDir,
    close: async () => {
      await app.close();
      await database.destroy();
      if (options.tempDataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface Session {
  cookie: string;
  csrfToken: string;
  get(url: string, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  patch(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  put(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  delete(url: string): Promise<LightMyRequestResponse>;
}

/** Logs in through the API and returns a client that sends the session cookie (`extra`: e.g. a totpCode). */
export async function loginAs(app: FastifyInstance, username: string, password: string, extra: Record<string, string> = {}): Promise<Session> {
  const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password, ...extra } });
  if (response.statusCode !== 200) throw new Error(`login failed for ${username}: ${response.statusCode} ${response.body}`);
  const setCookie = response.headers['set-cookie'];
  const cookie = (Array.isArray(setCookie) ? setCookie[0] : setCookie)!.split(';')[0]!;
  const csrfToken = (response.json() as { csrfToken: string }).csrfToken;
  // Like the web app: every state change carries the session's CSRF token.
  const send = (method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE') => (url: string, payload?: unknown, headers?: Record<string, string>) =>
    app.inject({
      method,
      url,
      headers: { cookie, ...(method === 'GET' ? {} : { 'x-csrf-token': csrfToken }), ...headers },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  return {
    cookie,
    csrfToken,
    get: (url, headers) => send('GET')(url, undefined, headers),
    post: (url, body, headers) => send('POST')(url, body ?? {}, headers),
    patch: (url, body) => send('PATCH')(url, body),
    put: (url, body) => send('PUT')(url, body),
    delete: (url) => send('DELETE')(url),
  };
}

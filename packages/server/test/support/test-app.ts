import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import type { Db } from '../../src/db/database.js';
import { createTestDatabase } from './test-database.js';
import type { TestDatabase } from './test-database.js';

export interface TestApp {
  app: FastifyInstance;
  db: Db;
  database: TestDatabase;
  close(): Promise<void>;
}

/** The real application on a fresh database of its own, driven through `app.inject` (real HTTP stack). */
export async function createTestApp(): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = { ...loadConfig({}), database: database.target, logLevel: 'silent' as const };
  const app = await buildApp({ db: database.db, dbKind: database.kind, config }, { logger: false });
  await app.ready();
  return {
    app,
    db: database.db,
    database,
    close: async () => {
      await app.close();
      await database.destroy();
    },
  };
}

export interface Session {
  cookie: string;
  get(url: string, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  put(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  delete(url: string): Promise<LightMyRequestResponse>;
}

/** Logs in through the API and returns a client that sends the session cookie. */
export async function loginAs(app: FastifyInstance, username: string, password: string): Promise<Session> {
  const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  if (response.statusCode !== 200) throw new Error(`login failed for ${username}: ${response.statusCode} ${response.body}`);
  const setCookie = response.headers['set-cookie'];
  const cookie = (Array.isArray(setCookie) ? setCookie[0] : setCookie)!.split(';')[0]!;
  const send = (method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE') => (url: string, payload?: unknown, headers?: Record<string, string>) =>
    app.inject({ method, url, headers: { cookie, ...headers }, ...(payload === undefined ? {} : { payload: payload as object }) });
  return {
    cookie,
    get: (url, headers) => send('GET')(url, undefined, headers),
    post: (url, body) => send('POST')(url, body ?? {}),
    patch: (url, body) => send('PATCH')(url, body),
    put: (url, body) => send('PUT')(url, body),
    delete: (url) => send('DELETE')(url),
  };
}

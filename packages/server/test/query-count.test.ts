import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import type { Db } from '../src/db/database.js';
import { uncacheableTemplateKeys } from '../src/db/query-templates.js';
import { loadConfig } from '../src/config.js';
import { generateProvince } from '../src/generate/generate-province.js';
import { createTestDatabase } from './support/test-database.js';
import type { TestDatabase } from './support/test-database.js';
import { TEST_KEY_ENV } from './support/test-keys.js';

/**
 * Lists and dashboards must make a constant number of queries, however many items, reports and
 * indicators the plan holds: no query per row (N+1). The same requests run against a small and a
 * four-times larger generated plan; the counts must be equal and stay under a fixed budget.
 */
const PASSWORD = 'Query-count-passw0rd!';
const MAX_QUERIES_PER_REQUEST = 16;

interface CountingApp {
  app: FastifyInstance;
  /** Queries made by one GET, after a first identical GET has warmed up the session. */
  count(url: string, username: string): Promise<number>;
  ids: { item: number; indicator: number; cycle: number };
  db: Db;
  close(): Promise<void>;
}

async function createCountingApp(scale: number): Promise<CountingApp> {
  const database: TestDatabase = await createTestDatabase();
  let queries = 0;
  // Every query passes through a plugin on its way to the driver; this one only counts them.
  const counter: KyselyPlugin = {
    transformQuery: ({ node }) => {
      queries += 1;
      return node;
    },
    transformResult: async ({ result }) => result,
  };
  const counted = { db: database.db.withPlugin(counter), kind: database.kind };
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'plantrack-query-count-'));
  const config = { ...loadConfig({ ...TEST_KEY_ENV }), dataDir, database: database.target, logLevel: 'silent' as const };
  const app = await buildApp({ db: counted.db, dbKind: counted.kind, config }, { logger: false });
  await app.ready();
  const { cities } = await generateProvince(counted.db, { cities: 1, scale, seed: 'query-count', password: PASSWORD });
  const planId = cities[0]!.planId;
  const item = await counted.db.selectFrom('items').select('id').where('planId', '=', planId).orderBy('id').executeTakeFirstOrThrow();
  const indicator = await counted.db.selectFrom('indicators').select('id').where('planId', '=', planId).orderBy('id').executeTakeFirstOrThrow();
  const cycle = await counted.db.selectFrom('reportingCycles').select('id').where('planId', '=', planId).orderBy('period', 'desc').executeTakeFirstOrThrow();
  const cookies = new Map<string, string>();
  const cookieOf = async (username: string) => {
    if (!cookies.has(username)) {
      const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: PASSWORD } });
      expect(login.statusCode).toBe(200);
      cookies.set(username, String(login.headers['set-cookie']).split(';')[0]!);
    }
    return cookies.get(username)!;
  };
  return {
    app,
    ids: { item: item.id, indicator: indicator.id, cycle: cycle.id },
    db: counted.db,
    count: async (url, username) => {
      const headers = { cookie: await cookieOf(username) };
      expect((await app.inject({ method: 'GET', url, headers })).statusCode).toBe(200);
      queries = 0;
      expect((await app.inject({ method: 'GET', url, headers })).statusCode).toBe(200);
      return queries;
    },
    close: async () => {
      await app.close();
      await database.destroy();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

const HQ = 'gen01_hq';
const MANAGER = 'gen01_d01_manager';

/** [what, url (with :item and :indicator filled in per plan), who asks]. */
const REQUESTS: readonly (readonly [string, string, string])[] = [
  ['the item list (a page of 50)', '/api/items?pageSize=50', HQ],
  ['the item list searched in Chinese', `/api/items?pageSize=50&q=${encodeURIComponent('推进')}`, HQ],
  ['the item list of one department, by status', '/api/items?pageSize=50&department=市发展改革委&status=on_schedule&asOf=2025Q3', HQ],
  ['a department’s own item list', '/api/items?pageSize=50', MANAGER],
  ['an item page', '/api/items/:item', HQ],
  ['an item’s change history', '/api/items/:item/history', HQ],
  ['the dashboard summary of a quarter', '/api/dashboard/summary?asOf=2025Q3', HQ],
  ['a page of the dashboard warnings, by level', '/api/dashboard/warnings?asOf=2025Q3&page=2&pageSize=50&level=yellow', HQ],
  ['the roadmap of a year', '/api/dashboard/roadmap?year=2025', HQ],
  ['a roadmap cell’s milestones', '/api/dashboard/roadmap/cell?year=2025&quarter=3&area=1&pageSize=200', HQ],
  ['the indicator list', '/api/indicators', HQ],
  ['an indicator page', '/api/indicators/:indicator', HQ],
  ['the report list', '/api/reports?pageSize=50', HQ],
  ['a department’s report list', '/api/reports?pageSize=50', MANAGER],
  ['what a department owes', '/api/reporting/owed', MANAGER],
  ['the review queue, by status', '/api/review-queue?status=on_schedule', HQ],
  ['a cycle’s reporting progress by department', '/api/cycles/:cycle/departments', HQ],
];

let small: CountingApp;
let large: CountingApp;

beforeAll(async () => {
  small = await createCountingApp(0.1);
  large = await createCountingApp(0.4);
}, 120_000);

afterAll(async () => {
  await small?.close();
  await large?.close();
});

const urlFor = (app: CountingApp, url: string) =>
  url.replace(':item', String(app.ids.item)).replace(':indicator', String(app.ids.indicator)).replace(':cycle', String(app.ids.cycle));

describe('queries per request', () => {
  for (const [what, url, username] of REQUESTS) {
    it(`${what} makes the same few queries for a plan four times larger`, async () => {
      const few = await small.count(urlFor(small, url), username);
      const many = await large.count(urlFor(large, url), username);
      expect(many).toBe(few);
      expect(few).toBeLessThanOrEqual(MAX_QUERIES_PER_REQUEST);
    });
  }

  it('a page of the dashboard warnings reads the summary’s cached evaluation: no more queries than the cached summary', async () => {
    const summary = await small.count('/api/dashboard/summary?asOf=2025Q3', HQ);
    const page = await small.count('/api/dashboard/warnings?asOf=2025Q3&page=3&pageSize=20', HQ);
    expect(page).toBe(summary);
  });

  it('a list filtered by status makes one query more than the same list unfiltered (the statuses), and reads the rules once', async () => {
    const plain = await small.count('/api/items?pageSize=50&department=市发展改革委&asOf=2025Q3', HQ);
    const byStatus = await small.count('/api/items?pageSize=50&department=市发展改革委&status=on_schedule&asOf=2025Q3', HQ);
    expect(byStatus).toBe(plain + 1);
  });

  it('compiles the SQL of the list, its filters, the item page and the session once per shape, not on every request', async () => {
    const manager = await small.db.selectFrom('users').select('departmentId').where('username', '=', MANAGER).executeTakeFirstOrThrow();
    const own = await small.db.selectFrom('items').select('id').where('leadDepartmentId', '=', manager.departmentId).executeTakeFirstOrThrow();
    for (const [url, username] of [
      ['/api/items?pageSize=50', HQ],
      ['/api/items?pageSize=20', MANAGER],
      [`/api/items?pageSize=20&department=${manager.departmentId}&area=1&ledger=master&chain=incomplete&sort=deadline&order=desc`, HQ],
      ['/api/items?pageSize=20&status=completed&page=2', MANAGER],
      [`/api/items/${small.ids.item}`, HQ],
      [`/api/items/${own.id}`, MANAGER],
    ] as const)
      await small.count(url, username);
    expect(uncacheableTemplateKeys(small.db)).toEqual([]);
  });
});

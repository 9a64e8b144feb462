import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { generateProvince } from '../src/generate/generate-province.js';
import { LEDGER_KINDS, readLedgerWorkbook } from '../src/io/ledger-xlsx/index.js';
import type { LedgerKind } from '../src/io/ledger-xlsx/index.js';
import { ensureSampleData } from '../src/seed/ensure-sample-data.js';
import { uploadLedger } from './support/import-client.js';
import type { Session, TestApp } from './support/test-app.js';
import { createTestApp, loginAs } from './support/test-app.js';
import { TEST_KEY_ENV } from './support/test-keys.js';

/**
 * The office's trust in its files: a ledger exported and imported again changes nothing — every
 * ledger kind, whole and per department, of the sample plan and of generated cities with quarterly
 * milestones on either basis, indicator targets with qualifiers and rules, pilots' stages.
 */
const PASSWORD = 'Round-trip-passw0rd!';
// Many exports and previews in a row: above the per-minute limits a user gets in production.
const config = {
  rateLimits: { ...loadConfig({ ...TEST_KEY_ENV }).rateLimits, imports: { limit: 1_000, windowSeconds: 60 }, exports: { limit: 1_000, windowSeconds: 60 } },
};

async function expectLossless(t: TestApp, hq: Session, kind: LedgerKind, query: string): Promise<number> {
  const exported = await hq.get(`/api/exports/ledger?ledger=${kind}&${query}`);
  expect(exported.statusCode, exported.body).toBe(200);
  const { rows } = await readLedgerWorkbook(exported.rawPayload, { kind });
  if (rows.length === 0) return 0;
  const preview = await uploadLedger(t, hq, 'preview', exported.rawPayload, { ledger: kind });
  expect(preview.statusCode, preview.body).toBe(200);
  const body = preview.json();
  expect({ kind, query, problems: body.problems, creates: body.creates, updates: body.updates }).toEqual({
    kind,
    query,
    problems: [],
    creates: [],
    updates: [],
  });
  expect(body.unchanged).toHaveLength(rows.length);
  return rows.length;
}

/** The departments that lead most of a ledger's items: the per-department exports worth checking. */
async function busiestDepartments(t: TestApp, kind: LedgerKind): Promise<number[]> {
  const rows = await t.db
    .selectFrom('items')
    .innerJoin('ledgerItems', 'ledgerItems.itemId', 'items.id')
    .innerJoin('ledgers', 'ledgers.id', 'ledgerItems.ledgerId')
    .select(['items.leadDepartmentId', (eb) => eb.fn.countAll<number>().as('count')])
    .where('ledgers.kind', '=', kind)
    .where('items.leadDepartmentId', 'is not', null)
    .groupBy('items.leadDepartmentId')
    .orderBy('count', 'desc')
    .orderBy('items.leadDepartmentId')
    .limit(2)
    .execute();
  return rows.map((row) => row.leadDepartmentId!);
}

describe.each(['3', '17'])('a generated city (seed %s): every ledger exported and imported again changes nothing', (seed) => {
  let t: TestApp;
  let hq: Session;
  beforeAll(async () => {
    t = await createTestApp({ config });
    await generateProvince(t.db, { cities: 1, scale: 0.3, seed, password: PASSWORD });
    hq = await loginAs(t.app, 'gen01_hq', PASSWORD);
  });
  afterAll(async () => t.close());

  it.each(LEDGER_KINDS)('%s, whole and per department', async (kind) => {
    expect(await expectLossless(t, hq, kind, 'asOf=2024Q4')).toBeGreaterThan(0);
    for (const department of await busiestDepartments(t, kind)) {
      expect(await expectLossless(t, hq, kind, `asOf=2024Q4&department=${department}`)).toBeGreaterThan(0);
    }
  });
});

describe('the sample plan: every ledger exported and imported again changes nothing', () => {
  let t: TestApp;
  let hq: Session;
  beforeAll(async () => {
    t = await createTestApp({ config });
    await ensureSampleData(t.db, PASSWORD);
    hq = await loginAs(t.app, 'hq', PASSWORD);
  });
  afterAll(async () => t.close());

  it.each(LEDGER_KINDS)('%s', async (kind) => {
    await expectLossless(t, hq, kind, '');
  });
});

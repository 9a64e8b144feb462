import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import type { Db } from '../../src/db/database.js';
import { samplePlan } from '../../src/seed/load-sample-plan.js';
import { LEDGER_KINDS } from '@plantrack/contract/enums';
import type { LedgerKind } from '@plantrack/contract/enums';
import type { PlanFixture } from './factories.js';

const now = () => new Date().toISOString();
const unique = () => randomBytes(4).toString('hex');

export interface OfficeFixture extends PlanFixture {
  organisationCode: string;
}

/**
 * A city office ready to import its ledgers: a plan with the Weihai plan's ten areas, the five
 * ledgers and the city's departments with their aliases (市发改委 = 市发展改革委), but no items yet.
 * Not marked as sample data, unlike the seed.
 */
export async function buildOfficeWithoutItems(db: Db): Promise<OfficeFixture> {
  const stamps = { createdAt: now(), updatedAt: now() };
  const organisationCode = `W${unique()}`;
  const org = await db
    .insertInto('organisations')
    .values({ code: organisationCode, name: '威海市', level: 'city', parentId: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  const plan = await db
    .insertInto('plans')
    .values({
      organisationId: org.id,
      code: `P${unique()}`,
      title: samplePlan.plan.title,
      shortTitle: samplePlan.plan.shortTitle,
      startYear: 2023,
      endYear: 2025,
      issuer: null,
      announced: null,
      implementsTitle: null,
      implementsDocNo: null,
      positioning: null,
      sampleNotice: null,
      ...stamps,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const areaIds: Record<string, number> = {};
  for (const [index, area] of samplePlan.areas.entries()) {
    const row = await db
      .insertInto('areas')
      .values({ planId: plan.id, code: area.code, numeral: area.numeral, title: area.title, summary: null, sortOrder: index + 1, ...stamps })
      .returning('id')
      .executeTakeFirstOrThrow();
    areaIds[area.code] = row.id;
  }
  const ledgerIds = {} as Record<LedgerKind, number>;
  for (const kind of LEDGER_KINDS) {
    const name = samplePlan.ledgers.find((ledger) => ledger.kind === kind)?.name ?? kind;
    const row = await db
      .insertInto('ledgers')
      .values({ planId: plan.id, kind, name, shortName: kind, plannedCount: null, description: null, ...stamps })
      .returning('id')
      .executeTakeFirstOrThrow();
    ledgerIds[kind] = row.id;
  }
  for (const department of samplePlan.departments) {
    const row = await db
      .insertInto('departments')
      .values({ organisationId: org.id, name: department.name, shortName: department.shortName, note: null, source: null, ...stamps })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const alias of new Set(department.aliases))
      await db.insertInto('departmentAliases').values({ organisationId: org.id, departmentId: row.id, alias }).execute();
  }
  return { organisationId: org.id, organisationCode, planId: plan.id, areaIds, ledgerIds };
}

export async function departmentIdOf(db: Db, fixture: PlanFixture, shortName: string): Promise<number> {
  const row = await db
    .selectFrom('departments')
    .select('id')
    .where('organisationId', '=', fixture.organisationId)
    .where('shortName', '=', shortName)
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Row counts of every table an import writes to: equal before and after means nothing changed. */
export async function countImportTables(db: Db): Promise<Record<string, number>> {
  const tables = ['items', 'ledgerItems', 'itemCoDepartments', 'quarterlyPlans', 'indicators', 'indicatorYearlyTargets', 'sections', 'people'] as const;
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    counts[table] = Number(row.n);
  }
  // Refused requests are audited as failures, logins as logins; a change to the plan writes an item or ledger row.
  const changes = await db
    .selectFrom('auditLog')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('outcome', '=', 'success')
    .where('entityType', 'in', ['item', 'ledger'])
    .executeTakeFirstOrThrow();
  counts.auditLog = Number(changes.n);
  return counts;
}

const run = promisify(execFile);

/**
 * Converts a file with LibreOffice headless (`soffice --convert-to`), as a reader on another machine
 * would open it. Each call gets its own profile so test files can convert in parallel. No soffice on
 * the machine is a failure, not a skip: CI installs LibreOffice.
 */
export async function convertWithLibreOffice(content: Buffer, extension: string, target: string): Promise<Buffer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plantrack-soffice-'));
  try {
    const input = path.join(dir, `input.${extension}`);
    fs.writeFileSync(input, content);
    const profile = `file://${path.join(dir, 'profile')}`;
    await run('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', target, '--outdir', dir, input], {
      timeout: 90_000,
    });
    const outputExtension = target.split(':')[0] ?? target;
    return fs.readFileSync(path.join(dir, `input.${outputExtension}`));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll } from 'vitest';
import { decryptField } from '../../src/shared/field-crypto.js';
import { buildUser, TEST_PASSWORD } from './factories.js';
import type { OfficeFixture } from './ledger-fixtures.js';
import { buildOfficeWithoutItems } from './ledger-fixtures.js';
import { postMultipart } from './multipart.js';
import type { Session, TestApp } from './test-app.js';
import { createTestApp, loginAs } from './test-app.js';

/** What the import tests share: the example ledger, an office with its hq session, uploads and stored items. */
export const exampleLedger = readFileSync(new URL('../../src/io/ledger-xlsx/fixtures/example-master-ledger.xlsx', import.meta.url));
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A fresh office and a signed-in hq user of it; imports are rate-limited per user, so tests take their own. */
export async function officeWithHq(t: TestApp): Promise<{ fixture: OfficeFixture; hq: Session }> {
  const fixture = await buildOfficeWithoutItems(t.db);
  return { fixture, hq: await hqSession(t, fixture) };
}

export async function hqSession(t: TestApp, fixture: OfficeFixture): Promise<Session> {
  return loginAs(t.app, (await buildUser(t.db, fixture, 'hq')).username, TEST_PASSWORD);
}

export function uploadLedger(t: TestApp, session: Session, step: 'preview' | 'commit', file: Buffer, fields: Record<string, string>, fileName = '台账.xlsx') {
  const parts = [...Object.entries(fields).map(([field, content]) => ({ field, content })), { field: 'file', fileName, content: file, contentType: XLSX }];
  return postMultipart(t.app, session, `/api/imports/${step}`, parts);
}

/** An item of the office's plan as stored, with its chain by name, ledgers and quarterly plans. */
export async function storedItem(t: TestApp, fixture: OfficeFixture, code: string) {
  const item = await t.db
    .selectFrom('items')
    .leftJoin('areas', 'areas.id', 'items.areaId')
    .leftJoin('departments as lead', 'lead.id', 'items.leadDepartmentId')
    .leftJoin('people as leader', 'leader.id', 'items.leaderPersonId')
    .leftJoin('sections', 'sections.id', 'items.sectionId')
    .leftJoin('people as staff', 'staff.id', 'items.staffPersonId')
    .selectAll('items')
    .select(['areas.numeral', 'lead.shortName as lead', 'leader.name as leader', 'sections.name as section', 'staff.name as staff', 'staff.phone as phone'])
    .where('items.planId', '=', fixture.planId)
    .where('items.code', '=', code)
    .executeTakeFirstOrThrow();
  const [co, ledgers, plans] = await Promise.all([
    t.db.selectFrom('itemCoDepartments').innerJoin('departments', 'departments.id', 'departmentId').select('shortName').where('itemId', '=', item.id).execute(),
    t.db.selectFrom('ledgerItems').innerJoin('ledgers', 'ledgers.id', 'ledgerId').select('kind').where('itemId', '=', item.id).execute(),
    t.db.selectFrom('quarterlyPlans').select(['period', 'milestone', 'cumulativeBp']).where('itemId', '=', item.id).orderBy('period').execute(),
  ]);
  return {
    ...item,
    phone: decryptField(item.phone),
    coDepartments: co.map((c) => c.shortName).sort(),
    ledgers: ledgers.map((l) => l.kind).sort(),
    plans: plans.map((p) => [p.period, p.milestone, p.cumulativeBp]),
  };
}

export async function itemCount(t: TestApp, fixture: OfficeFixture): Promise<number> {
  const row = await t.db
    .selectFrom('items')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('planId', '=', fixture.planId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The example ledger with an office's edits, saved as Excel would. */
export async function editExample(edit: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(exampleLedger).buffer);
  edit(workbook.worksheets[0]!);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * One test app for an import test file (created before its tests, closed after), with the helpers
 * above bound to it. `app()` is the app itself, for direct looks at the database.
 */
export function useImportTestApp() {
  let current: TestApp | undefined;
  beforeAll(async () => {
    current = await createTestApp();
  });
  afterAll(async () => current?.close());
  const app = (): TestApp => {
    if (!current) throw new Error('the import test app is used before beforeAll created it');
    return current;
  };
  return {
    app,
    office: () => officeWithHq(app()),
    upload: (session: Session, step: 'preview' | 'commit', file: Buffer, fields: Record<string, string>, fileName?: string) =>
      uploadLedger(app(), session, step, file, fields, fileName),
    storedItem: (fixture: OfficeFixture, code: string) => storedItem(app(), fixture, code),
    itemCount: (fixture: OfficeFixture) => itemCount(app(), fixture),
  };
}

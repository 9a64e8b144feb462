import { randomBytes } from 'node:crypto';
import type { Role } from '../../src/auth/roles.js';
import { hashPassword } from '../../src/auth/password.js';
import type { Db } from '../../src/db/database.js';
import { itemSearchText } from '../../src/items/item-search-text.js';
import { LEDGER_KINDS } from '@plantrack/contract/enums';
import type { LedgerKind } from '@plantrack/contract/enums';

/** Factories build exactly the data a test needs, with unique names, straight into the database. */
const now = () => new Date().toISOString();
const unique = () => randomBytes(4).toString('hex');
export const TEST_PASSWORD = 'Test-passw0rd!';
let passwordHash: Promise<string> | undefined;

export interface PlanFixture {
  organisationId: number;
  planId: number;
  areaIds: Record<string, number>;
  ledgerIds: Record<LedgerKind, number>;
}

/** An organisation running a plan with two areas ("1", "2") and the five ledgers. */
export async function buildPlan(db: Db): Promise<PlanFixture> {
  const stamps = { createdAt: now(), updatedAt: now() };
  const org = await db
    .insertInto('organisations')
    .values({ code: `T${unique()}`, name: `测试市${unique()}`, level: 'city', parentId: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  const plan = await db
    .insertInto('plans')
    .values({
      organisationId: org.id,
      code: `P${unique()}`,
      title: '测试三年行动计划',
      startYear: 2023,
      endYear: 2025,
      shortTitle: null,
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
  for (const [index, code] of ['1', '2'].entries()) {
    const area = await db
      .insertInto('areas')
      .values({ planId: plan.id, code, numeral: ['一', '二'][index]!, title: `领域${code}`, summary: null, sortOrder: index, ...stamps })
      .returning('id')
      .executeTakeFirstOrThrow();
    areaIds[code] = area.id;
  }
  const ledgerIds = {} as Record<LedgerKind, number>;
  for (const kind of LEDGER_KINDS) {
    const ledger = await db
      .insertInto('ledgers')
      .values({ planId: plan.id, kind, name: `${kind}台账`, shortName: kind, plannedCount: null, description: null, ...stamps })
      .returning('id')
      .executeTakeFirstOrThrow();
    ledgerIds[kind] = ledger.id;
  }
  return { organisationId: org.id, planId: plan.id, areaIds, ledgerIds };
}

export async function buildDepartment(db: Db, fixture: PlanFixture, options: { name?: string; shortName?: string; aliases?: string[] } = {}) {
  const shortName = options.shortName ?? `市测试局${unique()}`;
  const department = await db
    .insertInto('departments')
    .values({
      organisationId: fixture.organisationId,
      name: options.name ?? `测试市${shortName}`,
      shortName,
      note: null,
      source: null,
      createdAt: now(),
      updatedAt: now(),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  for (const alias of options.aliases ?? [])
    await db.insertInto('departmentAliases').values({ organisationId: fixture.organisationId, departmentId: department.id, alias }).execute();
  return department;
}

export async function buildPerson(
  db: Db,
  fixture: PlanFixture,
  options: { kind?: 'leader' | 'staff'; name?: string; phone?: string; departmentId?: number } = {},
) {
  return db
    .insertInto('people')
    .values({
      organisationId: fixture.organisationId,
      kind: options.kind ?? 'leader',
      name: options.name ?? `测试人${unique()}`,
      title: options.kind === 'staff' ? '科员' : '副市长',
      phone: options.phone ?? null,
      departmentId: options.departmentId ?? null,
      sectionId: null,
      createdAt: now(),
      updatedAt: now(),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function buildUser(db: Db, fixture: PlanFixture, role: Role, departmentId: number | null = null) {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const username = `${role}_${unique()}`;
  return db
    .insertInto('users')
    .values({
      organisationId: fixture.organisationId,
      username,
      displayName: username,
      passwordHash: await passwordHash,
      role,
      departmentId,
      personId: null,
      createdAt: now(),
      updatedAt: now(),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export interface ItemOptions {
  code?: string;
  title?: string;
  measures?: string;
  ledgers?: LedgerKind[];
  area?: string;
  leadDepartmentId?: number | null;
  coDepartmentIds?: number[];
  leaderPersonId?: number | null;
}

export async function buildItem(db: Db, fixture: PlanFixture, options: ItemOptions = {}) {
  const fields = { code: options.code ?? `9-${unique()}`, title: options.title ?? `测试任务${unique()}`, measures: options.measures ?? null };
  const item = await db
    .insertInto('items')
    .values({
      planId: fixture.planId,
      areaId: fixture.areaIds[options.area ?? '1'] ?? null,
      ...fields,
      leadDepartmentId: options.leadDepartmentId ?? null,
      leaderPersonId: options.leaderPersonId ?? null,
      searchText: itemSearchText(fields),
      createdAt: now(),
      updatedAt: now(),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  for (const kind of options.ledgers ?? ['master']) await db.insertInto('ledgerItems').values({ ledgerId: fixture.ledgerIds[kind], itemId: item.id }).execute();
  for (const departmentId of options.coDepartmentIds ?? []) await db.insertInto('itemCoDepartments').values({ itemId: item.id, departmentId }).execute();
  return item;
}

export async function buildIndicator(
  db: Db,
  fixture: PlanFixture,
  options: { name?: string; unit?: string; direction?: 'higher_better' | 'lower_better'; baseline?: string; target?: string; leadDepartmentId?: number } = {},
) {
  const item = await buildItem(db, fixture, { title: options.name, ledgers: ['key_indicators'], leadDepartmentId: options.leadDepartmentId ?? null });
  return db
    .insertInto('indicators')
    .values({
      planId: fixture.planId,
      itemId: item.id,
      unit: options.unit ?? null,
      direction: options.direction ?? 'higher_better',
      baselineYear: options.baseline ? 2020 : null,
      baselineValue: options.baseline ?? null,
      baselineNote: null,
      targetYear: 2025,
      target: options.target ?? null,
      targetQualifier: null,
      targetRule: null,
      provinceTarget: null,
      stretchTarget: null,
      dataSourceDepartmentId: null,
      createdAt: now(),
      updatedAt: now(),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function buildSection(db: Db, departmentId: number, options: { name?: string } = {}) {
  return db
    .insertInto('sections')
    .values({ departmentId, name: options.name ?? `测试科${unique()}`, createdAt: now(), updatedAt: now() })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** An organisation under the fixture's one (a district of the city). */
export async function buildChildOrganisation(db: Db, fixture: PlanFixture, options: { name?: string } = {}) {
  return db
    .insertInto('organisations')
    .values({ code: `D${unique()}`, name: options.name ?? `测试区${unique()}`, level: 'district', parentId: fixture.organisationId })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** A plan marked as sample data (示例数据), its first area carrying targets, as the seed loads them. */
export async function buildSamplePlan(db: Db, options: { notice?: string; targets?: string[] } = {}): Promise<PlanFixture> {
  const fixture = await buildPlan(db);
  await db
    .updateTable('plans')
    .set({ isSample: 1, sampleNotice: options.notice ?? '示例数据：来自公开信息' })
    .where('id', '=', fixture.planId)
    .execute();
  await db
    .updateTable('areas')
    .set({ targets: JSON.stringify(options.targets ?? ['研发经费投入强度达到2.8%左右']) })
    .where('id', '=', fixture.areaIds['1']!)
    .execute();
  return fixture;
}

/** A city leader's account linked to their person record, as leaders sign in (their portfolio follows the person). */
export async function buildLeaderUser(db: Db, fixture: PlanFixture, personId: number | null) {
  const user = await buildUser(db, fixture, 'leader');
  return db.updateTable('users').set({ personId }).where('id', '=', user.id).returningAll().executeTakeFirstOrThrow();
}

/** A reporting cycle of the plan for a period, open unless told otherwise. */
export async function buildCycle(db: Db, fixture: PlanFixture, options: { period?: string; deadline?: string; status?: 'open' | 'closed' } = {}) {
  return db
    .insertInto('reportingCycles')
    .values({
      planId: fixture.planId,
      period: options.period ?? '2023Q2',
      deadline: options.deadline ?? '2023-07-07',
      status: options.status ?? 'open',
      openedBy: null,
      createdAt: now(),
      updatedAt: now(),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** A progress report on an item for a cycle, in the state asked for (draft by default). */
export async function buildReport(
  db: Db,
  cycle: { id: number; period: string },
  itemId: number,
  options: { state?: 'draft' | 'submitted' | 'returned' | 'approved'; completionBp?: number } = {},
) {
  return db
    .insertInto('progressReports')
    .values({
      itemId,
      cycleId: cycle.id,
      period: cycle.period,
      state: options.state ?? 'draft',
      progressState: 'in_progress',
      completionBp: options.completionBp ?? 4000,
      progress: '完成方案编制',
      problems: null,
      nextSteps: null,
      pilotStage: null,
      pilotStageDate: null,
      createdBy: null,
      createdAt: now(),
      updatedAt: now(),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

import { hashPassword } from '../auth/password.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Db } from '../db/database.js';
import { nowIso } from '../shared/clock.js';
import { encryptField } from '../shared/field-crypto.js';
import type { LedgerKind } from '@plantrack/contract/enums';
import { buildDirectory } from './build-directory.js';
import { buildIndicators } from './build-indicators.js';
import { buildTasks, itemCountsAt } from './build-items.js';
import { buildPlan } from './build-plan.js';
import { buildCycles, buildReports } from './build-reports.js';
import { buildSupervisionOrders } from './build-supervision.js';
import type { CityContext } from './city-context.js';
import { userPrefixOf } from './city-context.js';
import type { GeneratedTable } from './generated-rows.js';
import { emptyRows, GENERATED_TABLES, IdAllocator } from './generated-rows.js';
import { buildIndicatorSeries, INDICATORS_PER_CITY } from './indicator-series.js';
import type { IndicatorSeries } from './indicator-series.js';
import { cityOf, PROVINCE } from './organisation-vocabulary.js';
import { createRandom } from './random.js';
import { advanceIdSequences, analyseDatabase, findHighestIds, writeRows } from './write-rows.js';

export interface GenerateOptions {
  cities: number;
  /** Multiplies each city's tasks and so its reports (1 ≈ 5,000 items and 60,000 reports over 16 cities). */
  scale: number;
  seed: string;
  /** The one password of every generated account (hashed once, shared by all). */
  password: string;
  onProgress?: (message: string) => void;
}

export interface GeneratedCity {
  code: string;
  name: string;
  organisationId: number;
  planId: number;
  /** Account names follow one pattern: `<prefix>_hq`, `<prefix>_d01_manager`, `<prefix>_d01_staff1`, `<prefix>_leader1`. */
  userPrefix: string;
}

export interface GenerateSummary {
  cities: GeneratedCity[];
  rows: Record<GeneratedTable, number>;
  seconds: number;
}

export class AlreadyGeneratedError extends Error {
  constructor() {
    super(`数据库中已有生成的演示数据（机构 ${PROVINCE.code}）；请换一个空数据库 (generated data exists already; use an empty database)`);
  }
}

/**
 * Generates a province's worth of demonstration plans (演示数据, plans.is_sample = 1): per city an
 * organisation with departments, leaders, staff and accounts, a plan with its five ledgers, tasks
 * and indicators, quarterly plans, twelve reporting cycles with reports in every state, indicator
 * values with provincial ranks, evidence records (no files) and some supervision orders. The same
 * options always produce the same data. Each city is written in one transaction of batched inserts.
 */
export async function generateProvince(db: Db, options: GenerateOptions): Promise<GenerateSummary> {
  const startedAt = performance.now();
  const existing = await db.selectFrom('organisations').select('id').where('code', '=', PROVINCE.code).executeTakeFirst();
  if (existing) throw new AlreadyGeneratedError();
  const passwordHash = await hashPassword(options.password);
  const province = await db
    .insertInto('organisations')
    .values({ code: PROVINCE.code, name: PROVINCE.name, level: 'province', parentId: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  const generatedAt = nowIso();
  const series = buildIndicatorSeries(options.seed, options.cities);
  const totals = Object.fromEntries(GENERATED_TABLES.map((table) => [table, 0])) as Record<GeneratedTable, number>;
  const cities: GeneratedCity[] = [];
  for (let index = 0; index < options.cities; index++) {
    const city = await db.transaction().execute(async (trx) => {
      const ctx: CityContext = {
        random: createRandom(`${options.seed}:city:${index}`),
        ids: new IdAllocator(await findHighestIds(trx)),
        rows: emptyRows(),
        cityIndex: index,
        city: cityOf(index),
        userPrefix: userPrefixOf(index),
        scale: options.scale,
        provinceId: province.id,
        passwordHash,
        setUpAt: '2023-04-12T02:00:00.000Z',
        generatedAt,
      };
      const generated = buildCity(ctx, series[index]!);
      await writeRows(trx, ctx.rows);
      for (const table of GENERATED_TABLES) totals[table] += ctx.rows[table].length;
      return generated;
    });
    cities.push(city);
    options.onProgress?.(`${city.name}市 ✓ (${index + 1}/${options.cities})`);
  }
  await advanceIdSequences(db);
  await analyseDatabase(db);
  await recordAudit(db, null, {
    action: 'demo_data.generate',
    entityType: 'organisation',
    entityId: province.id,
    after: { cities: options.cities, scale: options.scale, seed: options.seed, rows: totals },
  });
  return { cities, rows: totals, seconds: Math.round((performance.now() - startedAt) / 100) / 10 };
}

function buildCity(ctx: CityContext, series: IndicatorSeries[]): GeneratedCity {
  const counts = itemCountsAt(ctx.scale);
  const directory = buildDirectory(ctx);
  for (const person of ctx.rows.people) person.phone = encryptField(person.phone ?? null);
  const plannedCounts: Record<LedgerKind, number> = {
    master: counts.master,
    province_key_tasks: counts.provinceKeyTasks,
    key_indicators: INDICATORS_PER_CITY,
    pilots: counts.pilots,
    innovations: counts.sharedInnovations + counts.innovationsOnly,
  };
  const plan = buildPlan(ctx, directory.organisationId, plannedCounts);
  const tasks = buildTasks(ctx, directory, plan, counts);
  const indicators = buildIndicators(ctx, directory, plan, series);
  const cycles = buildCycles(ctx, plan.planId, directory.hqUserIds[0]!);
  buildReports(ctx, directory, [...tasks, ...indicators], cycles);
  buildSupervisionOrders(ctx, tasks, directory.hqUserIds[0]!);
  return { ...ctx.city, name: ctx.city.name, organisationId: directory.organisationId, planId: plan.planId, userPrefix: ctx.userPrefix };
}

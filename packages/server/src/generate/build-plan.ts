import type { LedgerKind } from '@plantrack/contract/enums';
import type { CityContext } from './city-context.js';
import { DEMO_NOTICE, stampsAt } from './city-context.js';
import { AREAS, NUMERALS } from './plan-vocabulary.js';

export interface GeneratedPlan {
  planId: number;
  areaIds: number[];
  ledgerIds: Record<LedgerKind, number>;
}

export const PLAN_START_YEAR = 2023;
export const PLAN_END_YEAR = 2025;

const LEDGERS: readonly (readonly [LedgerKind, string, string])[] = [
  ['master', '落实省行动计划工作台账', '总台账'],
  ['province_key_tasks', '纳入省三年行动计划重点任务台账', '省定重点任务台账'],
  ['key_indicators', '推动绿色低碳高质量发展重点指标工作台账', '重点指标台账'],
  ['pilots', '争取试点示范工作台账', '试点示范台账'],
  ['innovations', '创新性工作台账', '创新性工作台账'],
];

/** The city's three-year plan (marked as generated demonstration data), its ten areas and five ledgers. */
export function buildPlan(ctx: CityContext, organisationId: number, plannedCounts: Record<LedgerKind, number>): GeneratedPlan {
  const { rows, ids } = ctx;
  const stamps = stampsAt(ctx.setUpAt);
  const city = `${ctx.city.name}市`;
  const planId = ids.next('plans');
  rows.plans.push({
    id: planId,
    organisationId,
    code: `${ctx.city.code}-${PLAN_START_YEAR}`,
    title: `${city}推动绿色低碳高质量发展三年行动计划（${PLAN_START_YEAR}—${PLAN_END_YEAR}年）`,
    shortTitle: `${city}三年行动计划`,
    startYear: PLAN_START_YEAR,
    endYear: PLAN_END_YEAR,
    issuer: `${city}人民政府`,
    announced: `${PLAN_START_YEAR}-04-12`,
    implementsTitle: '山东省建设绿色低碳高质量发展先行区三年行动计划（2023—2025年）',
    implementsDocNo: null,
    positioning: null,
    isSample: 1,
    sampleNotice: DEMO_NOTICE,
    ...stamps,
  });
  const areaIds = AREAS.map(([title], index) => {
    const id = ids.next('areas');
    rows.areas.push({ id, planId, code: String(index + 1), numeral: NUMERALS[index]!, title, summary: null, targets: '[]', sortOrder: index + 1, ...stamps });
    return id;
  });
  const ledgerIds = {} as Record<LedgerKind, number>;
  for (const [kind, name, shortName] of LEDGERS) {
    const id = ids.next('ledgers');
    rows.ledgers.push({ id, planId, kind, name: `${city}${name}`, shortName, plannedCount: plannedCounts[kind], description: null, ...stamps });
    ledgerIds[kind] = id;
  }
  return { planId, areaIds, ledgerIds };
}

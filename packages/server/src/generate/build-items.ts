import { periodOfDate, periodsOfYears } from '@plantrack/domain';
import { itemSearchText } from '../items/item-search-text.js';
import type { LedgerKind } from '@plantrack/contract/enums';
import type { Directory, GeneratedDepartment } from './build-directory.js';
import type { GeneratedPlan } from './build-plan.js';
import { PLAN_END_YEAR, PLAN_START_YEAR } from './build-plan.js';
import type { CityContext } from './city-context.js';
import { DEMO_SOURCE, stampsAt } from './city-context.js';
import { DISTRICTS } from './organisation-vocabulary.js';
import { AREAS, INNOVATION_SOURCES, MEASURE_SENTENCES, MILESTONE_VERBS, PILOT_PATTERNS, TARGET_SENTENCES, TASK_PATTERNS } from './plan-vocabulary.js';

export interface GeneratedItem {
  id: number;
  code: string;
  title: string;
  lead: GeneratedDepartment | null;
  /** Effective dates: the plan's start and end stand in for missing ones. */
  start: string;
  deadline: string;
  /** Planned cumulative % by period, or null when the item has no quarterly plan. */
  plan: Map<string, number> | null;
  /** How well the item goes: 1 keeps to plan, 0.5 does half of it, above 1 runs ahead. */
  pace: number;
  isPilot: boolean;
}

export interface ItemCounts {
  master: number;
  provinceKeyTasks: number;
  sharedInnovations: number;
  innovationsOnly: number;
  pilots: number;
}

/** Tasks per city at scale 1 (≈ 5,000 items over 16 cities with the 56 indicators). */
export function itemCountsAt(scale: number): ItemCounts {
  const n = (base: number) => Math.max(1, Math.round(base * scale));
  return { master: n(220), provinceKeyTasks: n(36), sharedInnovations: n(12), innovationsOnly: n(22), pilots: n(14) };
}

const PACES = { '1.1': 10, '1': 55, '0.8': 17, '0.5': 12, '0.25': 6 } as const;
const DEADLINES = { '2025-12-31': 60, '2024-12-31': 15, '2023-12-31': 8, '2025-06-30': 7, none: 10 } as const;
const PERIODS = periodsOfYears(PLAN_START_YEAR, PLAN_END_YEAR);

function weightedDepartment(ctx: CityContext, directory: Directory): GeneratedDepartment {
  const total = directory.departments.reduce((sum, d) => sum + d.weight, 0);
  let roll = ctx.random.next() * total;
  for (const department of directory.departments) {
    roll -= department.weight;
    if (roll < 0) return department;
  }
  return directory.departments[0]!;
}

/** Cumulative % planned each quarter from the start to the deadline, in steps of 5%. */
function quarterlyPlan(start: string, deadline: string): Map<string, number> {
  const periods = PERIODS.filter((p) => p >= periodOfDate(start) && p <= periodOfDate(deadline));
  return new Map(periods.map((period, i) => [period, i === periods.length - 1 ? 100 : Math.round((((i + 1) / periods.length) ** 0.9 * 100) / 5) * 5]));
}

export interface ItemOptions {
  kind: 'task' | 'pilot' | 'indicator';
  areaIndex: number;
  code: string;
  title: string;
  ledgers: LedgerKind[];
  targets?: string;
}

/** One item with its responsibility chain, ledgers, co-operating departments and quarterly plan. */
export function buildItem(ctx: CityContext, directory: Directory, plan: GeneratedPlan, options: ItemOptions): GeneratedItem {
  const { random, rows, ids } = ctx;
  const id = ids.next('items');
  const lead = random.chance(0.03) ? null : weightedDepartment(ctx, directory);
  const section = lead && !random.chance(0.05) ? random.pick(lead.sections) : null;
  const deadlineKey = random.weighted(DEADLINES);
  const deadline = deadlineKey === 'none' ? null : deadlineKey;
  const startDate = random.chance(0.85) ? null : random.pick(['2023-04-01', '2023-07-01', '2024-01-01']);
  const n = random.int(2, 40);
  const place = random.pick(DISTRICTS);
  const isPilot = options.kind === 'pilot';
  const fields = {
    code: options.code,
    title: options.title,
    measures: random
      .sample(MEASURE_SENTENCES, 2)
      .map((s) => s(n, place))
      .join('；'),
    targets:
      options.targets ??
      random
        .sample(TARGET_SENTENCES, random.int(1, 2))
        .map((s) => s(n))
        .join('，'),
    yearKeyWork: random.chance(0.5) ? `${PLAN_START_YEAR}年：${random.pick(MILESTONE_VERBS)}；${PLAN_START_YEAR + 1}年：${random.pick(MILESTONE_VERBS)}` : null,
    sourceClause: options.ledgers.includes('master') ? `省行动计划第${random.int(1, 160)}条` : null,
    provinceText: options.ledgers.includes('province_key_tasks') ? `支持${ctx.city.name}市${options.title}` : null,
    citySource: options.ledgers.includes('innovations') ? random.pick(INNOVATION_SOURCES) : null,
    remarks: null,
  };
  const leaderPersonIds = directory.leaderPersonIds;
  rows.items.push({
    id,
    planId: plan.planId,
    areaId: plan.areaIds[options.areaIndex]!,
    ...fields,
    deadlineText: deadline === null ? random.pick(['长期坚持', '每年']) : `${deadline.slice(0, 4)}年${deadline.endsWith('06-30') ? '6月' : '底'}前`,
    deadline,
    startDate,
    leaderPersonId: random.chance(0.04) ? null : leaderPersonIds[1 + ((options.areaIndex + ctx.cityIndex) % (leaderPersonIds.length - 1))]!,
    leadDepartmentId: lead?.id ?? null,
    leadDepartmentSource: lead ? DEMO_SOURCE : null,
    sectionId: section?.id ?? null,
    staffPersonId: section?.staffPersonId ?? null,
    pilotLevel: isPilot ? random.pick(['national', 'provincial']) : null,
    pilotStage: isPilot ? random.pick(['planning', 'applying', 'under_review', 'approved', 'rejected', 'built']) : null,
    pilotStageDate: isPilot ? `${random.int(2023, 2025)}-${String(random.int(1, 12)).padStart(2, '0')}-15` : null,
    isPublic: random.chance(0.2) ? 1 : 0,
    isSample: 1,
    dataSource: DEMO_SOURCE,
    searchText: itemSearchText(fields),
    ...stampsAt(ctx.setUpAt),
  });
  for (const kind of options.ledgers) rows.ledgerItems.push({ ledgerId: plan.ledgerIds[kind], itemId: id });
  const coCount = random.weighted({ 0: 40, 1: 30, 2: 20, 3: 10 });
  for (const co of random
    .sample(directory.departments, Number(coCount) + 1)
    .filter((d) => d !== lead)
    .slice(0, Number(coCount)))
    rows.itemCoDepartments.push({ itemId: id, departmentId: co.id });

  const start = startDate ?? `${PLAN_START_YEAR}-01-01`;
  const effectiveDeadline = deadline ?? `${PLAN_END_YEAR}-12-31`;
  const planned = random.chance(0.9) ? quarterlyPlan(start, effectiveDeadline) : null;
  for (const [period, percent] of planned ?? []) {
    rows.quarterlyPlans.push({
      id: ids.next('quarterlyPlans'),
      itemId: id,
      period,
      milestone: `${random.pick(MILESTONE_VERBS)}（累计${percent}%）`,
      cumulativeBp: percent * 100,
      basis: 'cumulative',
      ...stampsAt(ctx.setUpAt),
    });
  }
  return {
    id,
    code: options.code,
    title: options.title,
    lead,
    start,
    deadline: effectiveDeadline,
    plan: planned,
    pace: Number(random.weighted(PACES)),
    isPilot,
  };
}

/** The city's tasks: master ledger (some also provincial key tasks or innovations), innovations, pilots. */
export function buildTasks(ctx: CityContext, directory: Directory, plan: GeneratedPlan, counts: ItemCounts): GeneratedItem[] {
  const { random } = ctx;
  const sequence = AREAS.map(() => 0);
  // A plan lists each task once (an import refuses the same task twice): a title drawn again becomes
  // the task's next batch, without another draw, so the rest of the data stays as the seed makes it.
  const drawn = new Map<string, number>();
  const once = (title: string) => {
    const count = (drawn.get(title) ?? 0) + 1;
    drawn.set(title, count);
    return count === 1 ? title : `${title}（第${count}批）`;
  };
  const task = (kind: 'task' | 'pilot', ledgers: LedgerKind[]) => {
    const areaIndex = random.weighted({ 0: 12, 1: 16, 2: 9, 3: 15, 4: 10, 5: 9, 6: 9, 7: 6, 8: 8, 9: 6 });
    const area = Number(areaIndex);
    sequence[area]! += 1;
    const subject = random.pick(AREAS[area]![1]);
    const title = once(
      kind === 'pilot' ? random.pick(PILOT_PATTERNS)(subject) : random.pick(TASK_PATTERNS)(subject, random.chance(0.3) ? random.pick(DISTRICTS) : ''),
    );
    return buildItem(ctx, directory, plan, { kind, areaIndex: area, code: `${area + 1}-${String(sequence[area]).padStart(3, '0')}`, title, ledgers });
  };
  const items: GeneratedItem[] = [];
  for (let i = 0; i < counts.master; i++) {
    const ledgers: LedgerKind[] = ['master'];
    if (i < counts.provinceKeyTasks) ledgers.push('province_key_tasks');
    else if (i < counts.provinceKeyTasks + counts.sharedInnovations) ledgers.push('innovations');
    items.push(task('task', ledgers));
  }
  for (let i = 0; i < counts.innovationsOnly; i++) items.push(task('task', ['innovations']));
  for (let i = 0; i < counts.pilots; i++) items.push(task('pilot', ['pilots']));
  return items;
}

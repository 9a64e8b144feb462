import type { MilestoneBasis } from '@plantrack/domain';
import type { Db } from '../../db/database.js';
import type { IndicatorRow } from '../../db/schema.js';
import { decryptField } from '../../shared/field-crypto.js';
import type { DepartmentRef } from './import-lookups.repository.js';

/**
 * The plan's items as an import compares them: each with its chain (names joined in), co-operating
 * departments, ledgers, quarterly plans, and its indicator with yearly targets. Fetched for the whole
 * plan in six queries, joined on the plan rather than long IN lists, so size does not matter.
 */
export async function findItemsForImport(db: Db, planId: number): Promise<ExistingItem[]> {
  const [items, coDepartments, ledgers, plans, indicators, yearlyTargets] = await Promise.all([
    itemsWithNames(db, planId).execute(),
    db
      .selectFrom('itemCoDepartments as cd')
      .innerJoin('items', 'items.id', 'cd.itemId')
      .innerJoin('departments', 'departments.id', 'cd.departmentId')
      .select(['cd.itemId', 'departments.id', 'departments.shortName'])
      .where('items.planId', '=', planId)
      .orderBy('departments.id')
      .execute(),
    db
      .selectFrom('ledgerItems as li')
      .innerJoin('ledgers', 'ledgers.id', 'li.ledgerId')
      .select(['li.itemId', 'ledgers.kind'])
      .where('ledgers.planId', '=', planId)
      .execute(),
    db.selectFrom('quarterlyPlans as qp').innerJoin('items', 'items.id', 'qp.itemId').selectAll('qp').where('items.planId', '=', planId).execute(),
    db.selectFrom('indicators').selectAll().where('planId', '=', planId).execute(),
    db
      .selectFrom('indicatorYearlyTargets as yt')
      .innerJoin('indicators', 'indicators.id', 'yt.indicatorId')
      .select(['yt.indicatorId', 'yt.year', 'yt.value'])
      .where('indicators.planId', '=', planId)
      .execute(),
  ]);
  const targetsByIndicator = groupBy(yearlyTargets, (t) => t.indicatorId);
  const indicatorByItem = new Map(indicators.map((indicator) => [indicator.itemId, indicator]));
  const coByItem = groupBy(coDepartments, (c) => c.itemId);
  const ledgersByItem = groupBy(ledgers, (l) => l.itemId);
  const plansByItem = groupBy(plans, (p) => p.itemId);
  return items.map((item) => {
    const indicator = indicatorByItem.get(item.id) ?? null;
    return {
      ...item,
      // Stored encrypted (shared/field-crypto.ts); compared with the file's phone in plain text.
      staffPhone: decryptField(item.staffPhone),
      coDepartments: (coByItem.get(item.id) ?? []).map(({ id, shortName }) => ({ id, shortName })),
      ledgerKinds: (ledgersByItem.get(item.id) ?? []).map((l) => l.kind),
      quarterlyPlans: new Map((plansByItem.get(item.id) ?? []).map((p) => [p.period, p])),
      indicator,
      yearlyTargets: new Map((indicator ? (targetsByIndicator.get(indicator.id) ?? []) : []).map((t) => [t.year, t.value])),
    };
  });
}

/** Items with the names of their area and chain joined in. */
function itemsWithNames(db: Db, planId: number) {
  return db
    .selectFrom('items')
    .leftJoin('areas', 'areas.id', 'items.areaId')
    .leftJoin('people as leader', 'leader.id', 'items.leaderPersonId')
    .leftJoin('departments as lead', 'lead.id', 'items.leadDepartmentId')
    .leftJoin('sections', 'sections.id', 'items.sectionId')
    .leftJoin('people as staff', 'staff.id', 'items.staffPersonId')
    .selectAll('items')
    .select([
      'areas.numeral as areaNumeral',
      'areas.title as areaTitle',
      'leader.name as leaderName',
      'lead.shortName as leadDepartmentShortName',
      'sections.name as sectionName',
      'staff.name as staffName',
      'staff.phone as staffPhone',
    ])
    .where('items.planId', '=', planId)
    .orderBy('items.id');
}

type ItemWithNames = Awaited<ReturnType<ReturnType<typeof itemsWithNames>['execute']>>[number];

export interface ExistingQuarterlyPlan {
  id: number;
  version: number;
  milestone: string | null;
  cumulativeBp: number | null;
  basis: MilestoneBasis | null;
}

export interface ExistingItem extends ItemWithNames {
  coDepartments: DepartmentRef[];
  ledgerKinds: string[];
  quarterlyPlans: Map<string, ExistingQuarterlyPlan>;
  indicator: IndicatorRow | null;
  yearlyTargets: Map<number, string>;
}

function groupBy<T>(rows: readonly T[], keyOf: (row: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) groups.set(keyOf(row), [...(groups.get(keyOf(row)) ?? []), row]);
  return groups;
}

import type { IndicatorRow } from '../../db/schema.js';
import type { PresentedItem } from '../../items/items.presenter.js';
import { emptyLedgerRow } from '../ledger-xlsx/index.js';
import type { LedgerRow, PilotLevel, PilotStage } from '../ledger-xlsx/index.js';
import type { ExportQuarterlyPlan } from './ledger-export.repository.js';

const PILOT_LEVELS: readonly string[] = ['national', 'provincial'] satisfies PilotLevel[];
const PILOT_STAGES: readonly string[] = ['planning', 'applying', 'under_review', 'approved', 'rejected', 'built'] satisfies PilotStage[];

export interface ItemExtras {
  quarterlyPlans: readonly ExportQuarterlyPlan[];
  indicator: IndicatorRow | null;
  yearlyTargets: readonly { year: number; value: string }[];
}

/**
 * An item as its ledger row, built from the same presenter the screens use (presentItem), so the
 * names and figures in the file are those on the screen. Departments go out by short name, the name
 * ledgers use, which the importer resolves back to the same department.
 */
export function ledgerRowOfItem(item: PresentedItem, extras: ItemExtras): LedgerRow {
  const chain = item.responsibility;
  const indicator = extras.indicator;
  return {
    ...emptyLedgerRow(item.code, item.title),
    areaNumeral: item.area?.numeral ?? null,
    areaTitle: item.area?.title ?? null,
    measures: item.measures,
    targets: item.targets,
    yearKeyWork: item.yearKeyWork,
    leaderName: chain.leader?.name ?? null,
    leadDepartments: chain.leadDepartment?.shortName ? [chain.leadDepartment.shortName] : [],
    coDepartments: chain.coDepartments.map((d) => d.shortName),
    section: chain.section?.name ?? null,
    staffName: chain.staff?.name ?? null,
    staffPhone: chain.staff?.phone ?? null,
    deadlineText: item.deadlineText,
    deadline: item.deadline,
    sourceClause: item.sourceClause,
    provinceText: item.provinceText,
    citySource: item.citySource,
    remarks: item.remarks,
    // A plan without a milestone (a bare percentage typed in the app) has no cell to go in.
    quarterlyPlans: extras.quarterlyPlans.flatMap((plan) =>
      plan.milestone === null
        ? []
        : [{ period: plan.period, milestone: plan.milestone, cumulativePercent: plan.cumulativeBp === null ? null : plan.cumulativeBp / 100 }],
    ),
    pilotLevel: oneOf<PilotLevel>(item.pilot?.level, PILOT_LEVELS),
    pilotStage: oneOf<PilotStage>(item.pilot?.stage, PILOT_STAGES),
    unit: indicator?.unit ?? null,
    baselineYear: indicator?.baselineYear ?? null,
    baselineValue: indicator?.baselineValue ?? null,
    provinceTarget: indicator?.provinceTarget ?? null,
    stretchTarget: indicator?.stretchTarget ?? null,
    target: indicator?.target ?? null,
    targetQualifier: indicator?.targetQualifier ?? null,
    targetRule: indicator?.targetRule ?? null,
    yearlyTargets: extras.yearlyTargets.map(({ year, value }) => ({ year, value })),
  };
}

function oneOf<T extends string>(value: string | null | undefined, allowed: readonly string[]): T | null {
  return value != null && allowed.includes(value) ? (value as T) : null;
}

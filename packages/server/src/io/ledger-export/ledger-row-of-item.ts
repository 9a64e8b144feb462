import { milestoneWithPercent } from '@plantrack/domain';
import type { IndicatorRow } from '../../db/schema.js';
import type { PresentedItem } from '../../items/items.presenter.js';
import { emptyLedgerRow } from '../ledger-xlsx/index.js';
import type { LedgerRow, PilotLevel, PilotStage, QuarterlyPlan } from '../ledger-xlsx/index.js';
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
    quarterlyPlans: extras.quarterlyPlans.flatMap(exportedPlan),
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

/**
 * A milestone goes out as written; a figure typed in the app that the text does not state is added to
 * it ("（累计30%）"), so the file carries the figure and its basis and reads back the same. A plan
 * without a milestone (a bare percentage typed in the app) has no cell to go in.
 */
function exportedPlan(plan: ExportQuarterlyPlan): QuarterlyPlan[] {
  if (plan.milestone === null) return [];
  const percent = plan.cumulativeBp === null ? null : plan.cumulativeBp / 100;
  const basis = percent === null ? null : (plan.basis ?? 'cumulative');
  return [{ period: plan.period, milestone: milestoneWithPercent(plan.milestone, percent, basis), cumulativePercent: percent, basis }];
}

function oneOf<T extends string>(value: string | null | undefined, allowed: readonly string[]): T | null {
  return value != null && allowed.includes(value) ? (value as T) : null;
}

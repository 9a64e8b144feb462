import type { MilestoneBasis } from '@plantrack/domain';

/**
 * One ledger item as a ledger spreadsheet shows it. This is the exchange shape between Excel files and
 * the rest of the server: plain data, no database ids. Department and leader names stay raw text
 * here; resolving aliases (市发改委 = 市发展改革委) is the caller's job because it needs the database.
 */
export { LEDGER_KINDS, type LedgerKind } from '@plantrack/contract/enums';

export type PilotLevel = 'national' | 'provincial';
export type PilotStage = 'planning' | 'applying' | 'under_review' | 'approved' | 'rejected' | 'built';

export interface QuarterlyPlan {
  /** `2023Q1`. */
  period: string;
  milestone: string;
  /**
   * The % expected done by the end of this quarter, on `basis`, only when the milestone says so in
   * words we recognise ("累计完成60%" → 60, "完成年度任务的50%" → 50, "完成年度任务" → 100); otherwise
   * null. It is derived from `milestone` on import, so the text stays the source of truth.
   */
  cumulativePercent: number | null;
  /** Whose share the figure is: the whole task's (cumulative) or that year's task's (annual); null without a figure. */
  basis: MilestoneBasis | null;
}

export interface YearlyTarget {
  year: number;
  /** Decimal string, exact as written ("2.8", never 2.8000000001). */
  value: string;
}

export interface LedgerRow {
  /** `1-01`: taken from the sheet when it has codes, otherwise `<area number>-<sequence in area>`. */
  code: string;
  /** `一` from an area row "一、…" or "第一部分 …"; null when the sheet has no area rows. */
  areaNumeral: string | null;
  areaTitle: string | null;
  title: string;
  measures: string | null;
  targets: string | null;
  /** 年度重点工作. */
  yearKeyWork: string | null;
  /** 牵头市领导 / 分管市领导, raw. */
  leaderName: string | null;
  leadDepartments: string[];
  coDepartments: string[];
  /** 具体科室. */
  section: string | null;
  staffName: string | null;
  staffPhone: string | null;
  /** The deadline as written; always kept, even when it was understood. */
  deadlineText: string | null;
  /** `YYYY-MM-DD`, or null when ongoing (长期坚持) or absent. */
  deadline: string | null;
  /** 省行动计划条款 / 对应省计划任务. */
  sourceClause: string | null;
  /** What the provincial plan says about the city (省定重点任务台账). */
  provinceText: string | null;
  /** 创新性工作来源. */
  citySource: string | null;
  remarks: string | null;
  quarterlyPlans: QuarterlyPlan[];
  // Indicator ledger (重点指标台账) only; null / empty elsewhere.
  unit: string | null;
  baselineYear: number | null;
  baselineValue: string | null;
  provinceTarget: string | null;
  stretchTarget: string | null;
  /** Decimal string when the target is a number ("2.8" from "2.8%左右"). */
  target: string | null;
  /** 左右 / 以上 / 超过 … around a numeric target. */
  targetQualifier: string | null;
  /** A target that is not a number ("较基期翻番"), kept as text. */
  targetRule: string | null;
  yearlyTargets: YearlyTarget[];
  // Pilot ledger (试点示范台账) only.
  pilotLevel: PilotLevel | null;
  pilotStage: PilotStage | null;
}

/** A row with every optional field empty; readers and tests fill in what they know. */
export function emptyLedgerRow(code: string, title: string): LedgerRow {
  return {
    code,
    areaNumeral: null,
    areaTitle: null,
    title,
    measures: null,
    targets: null,
    yearKeyWork: null,
    leaderName: null,
    leadDepartments: [],
    coDepartments: [],
    section: null,
    staffName: null,
    staffPhone: null,
    deadlineText: null,
    deadline: null,
    sourceClause: null,
    provinceText: null,
    citySource: null,
    remarks: null,
    quarterlyPlans: [],
    unit: null,
    baselineYear: null,
    baselineValue: null,
    provinceTarget: null,
    stretchTarget: null,
    target: null,
    targetQualifier: null,
    targetRule: null,
    yearlyTargets: [],
    pilotLevel: null,
    pilotStage: null,
  };
}

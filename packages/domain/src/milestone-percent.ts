import type { MilestoneBasis } from './planned-percent.js';

/**
 * The percentage a quarterly milestone promises, and the basis it is on (PRODUCT.md "Decisions"),
 * only when the text states it in a form we are sure about:
 * - "累计完成60%", "（累计20%）" → 60 / 20 of the whole task (cumulative);
 * - "完成年度任务的50%", "全年目标的75%" → that share of the year's task (annual);
 * - "进度达到80%" → 80, basis not stated (the caller takes the year's, else cumulative);
 * - "完成年度任务", "全面完成全年目标" (no percentage after it) → 100 of the year's task.
 * An explicit figure always wins over a keyword: "完成年度任务（累计20%）" is 20, cumulative.
 * Any other percentage ("装机占比达到75%") is about something else, so it gives null.
 */
export interface MilestonePercent {
  percent: number;
  basis: MilestoneBasis | null;
}

const PERCENT = String.raw`\s*(\d+(?:\.\d+)?)\s*%`;
const STATED: readonly [RegExp, MilestoneBasis | null][] = [
  [new RegExp(`累计(?:完成)?(?:总)?(?:任务|进度|工作量)?(?:的)?${PERCENT}`), 'cumulative'],
  [new RegExp(`(?:年度|全年)(?:任务|目标|计划|工作)(?:量)?的?${PERCENT}`), 'annual'],
  [new RegExp(`(?:完成|工作|总体)?进度(?:达到|达|为)?${PERCENT}`), null],
];
// "完成年度目标的一半" is a share of the year's task, not all of it: a word after 的 is no "done".
const WHOLE_YEAR_DONE = /完成(?:全部)?(?:年度|全年)(?:任务|目标|计划)(?!量?的|量?\s*\d)/;

export function readMilestonePercent(milestone: string): MilestonePercent | null {
  const text = milestone.normalize('NFKC');
  for (const [pattern, basis] of STATED) {
    const match = pattern.exec(text);
    const percent = match ? Number(match[1]) : NaN;
    if (percent >= 0 && percent <= 100) return { percent, basis };
  }
  return WHOLE_YEAR_DONE.test(text) ? { percent: 100, basis: 'annual' } : null;
}

/**
 * The basis a milestone's words name, figure or not: "累计…" the whole task, "年度任务/年度目标/全年…"
 * the year's; null when they name neither ("进度达到80%", "完成方案编制").
 */
export function statedBasis(milestone: string): MilestoneBasis | null {
  const text = milestone.normalize('NFKC');
  if (text.includes('累计')) return 'cumulative';
  return /(?:年度|全年)(?:任务|目标|计划|工作)/.test(text) ? 'annual' : null;
}

/** The words an export adds to a milestone whose text does not state the stored figure, so it reads back the same. */
export function milestoneWithPercent(milestone: string, percent: number | null, basis: MilestoneBasis | null): string {
  if (percent === null) return milestone;
  const read = readMilestonePercent(milestone);
  // A figure whose basis the text leaves open takes its year's basis on import, as it was stored.
  if (read !== null && read.percent === percent && (read.basis === null || read.basis === (basis ?? 'cumulative'))) return milestone;
  const figure = `${String(percent)}%`;
  return `${milestone}（${basis === 'annual' ? `年度任务的${figure}` : `累计${figure}`}）`;
}

/**
 * The basis of a year's milestones: annual when any of them is written as a share of the year's task
 * (PRODUCT.md: a year's reports are asked on one basis). A figure whose text leaves the basis open
 * takes its year's.
 */
export function resolveYearBases<Plan extends { period: string; cumulativePercent: number | null; basis: MilestoneBasis | null }>(
  plans: readonly Plan[],
): Plan[] {
  const annualYears = new Set(plans.filter((plan) => plan.basis === 'annual').map((plan) => plan.period.slice(0, 4)));
  return plans.map((plan) => {
    if (plan.cumulativePercent === null || plan.basis !== null) return plan;
    return { ...plan, basis: annualYears.has(plan.period.slice(0, 4)) ? 'annual' : 'cumulative' };
  });
}

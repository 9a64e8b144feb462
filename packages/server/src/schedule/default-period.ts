import { formatPeriod, periodOfDate, todayInShanghai } from '@plantrack/domain';

/** Without `asOf`: the current quarter, kept inside the plan's years. */
export function defaultPeriod(plan: { startYear: number; endYear: number }, today = todayInShanghai()): string {
  const current = periodOfDate(today);
  if (current < `${plan.startYear}Q1`) return formatPeriod({ year: plan.startYear, quarter: 1 });
  if (current > `${plan.endYear}Q4`) return formatPeriod({ year: plan.endYear, quarter: 4 });
  return current;
}

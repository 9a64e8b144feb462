import type { DashboardSummary, Warning, WarningCounts, WarningPage, WarningsQuery } from '@plantrack/contract/dashboard/dashboard.contract';

/** As many warnings as the dashboard lists before "more"; the rest are paged from /api/dashboard/warnings. */
export const SUMMARY_WARNINGS = 8;

/** A summary holding every warning, with each warning's lead department (null when it has none) at the same index. */
export interface DashboardEvaluation {
  summary: DashboardSummary;
  warningDepartments: (number | null)[];
}

export function countWarnings(warnings: Warning[]): WarningCounts {
  const red = warnings.filter((warning) => warning.level === 'red').length;
  return { total: warnings.length, red, yellow: warnings.length - red };
}

/** The summary as the API sends it: the counts and only the first warnings (the full list is most of its size). */
export function presentSummary({ summary }: DashboardEvaluation): DashboardSummary {
  return { ...summary, warnings: summary.warnings.slice(0, SUMMARY_WARNINGS) };
}

/** One page of the summary's warnings, in the summary's order, narrowed by level, kind and lead department. */
export function pageWarnings({ summary, warningDepartments }: DashboardEvaluation, query: WarningsQuery): WarningPage {
  const matching = summary.warnings.filter(
    (warning, index) =>
      (query.level === undefined || warning.level === query.level) &&
      (query.kind === undefined || warning.kind === query.kind) &&
      (query.department === undefined || warningDepartments[index] === query.department),
  );
  const start = (query.page - 1) * query.pageSize;
  return { warnings: matching.slice(start, start + query.pageSize), total: matching.length, page: query.page, pageSize: query.pageSize };
}

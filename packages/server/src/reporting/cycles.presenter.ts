import { formatPeriodZh } from '@plantrack/domain';
import type { Cycle, DepartmentProgress } from '@plantrack/contract/reporting/cycles.contract';
import type { CycleRow } from './cycles.repository.js';

export function presentCycle(row: CycleRow, counts: Record<string, number>, today: string): Cycle {
  return {
    id: row.id,
    period: row.period,
    periodLabel: formatPeriodZh(row.period),
    deadline: row.deadline,
    status: row.status,
    isOpen: row.status === 'open',
    isPastDeadline: today > row.deadline,
    closedAt: row.closedAt,
    reportCounts: { draft: counts.draft ?? 0, submitted: counts.submitted ?? 0, returned: counts.returned ?? 0, approved: counts.approved ?? 0 },
    version: row.version,
  };
}

/**
 * One department's row of a cycle. 未报 counts everything not with the office (no report, draft, returned);
 * 报送率 is 已报 / 应报 in whole percent, rounded down so 99.6 % never shows as a finished 100 %.
 */
export function presentDepartmentProgress(
  row: { departmentId: number; name: string; shortName: string; owed: number; reported: number; approved: number },
  reminders: { count: number; lastSentAt: string | null } | null,
  isPastDeadline: boolean,
): DepartmentProgress {
  const missing = row.owed - row.reported;
  return {
    departmentId: row.departmentId,
    departmentName: row.name,
    departmentShortName: row.shortName,
    owed: row.owed,
    reported: row.reported,
    approved: row.approved,
    missing,
    reportedRate: row.owed === 0 ? 100 : Math.floor((row.reported * 100) / row.owed),
    isOverdue: isPastDeadline && missing > 0,
    reminders: { count: reminders?.count ?? 0, lastSentAt: reminders?.lastSentAt ?? null },
  };
}

import { formatPeriodZh } from '@plantrack/domain';
import type { CycleRow } from './cycles.repository.js';

export function presentCycle(row: CycleRow, counts: Record<string, number>, today: string) {
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

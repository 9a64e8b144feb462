import { SCHEDULE_STATUSES } from '@plantrack/domain';
import type { ScheduleStatus } from '@plantrack/domain';
import type { EvaluatedItem } from '../schedule/evaluate-items.js';

export type StatusCounts = Record<ScheduleStatus, number> & { total: number };

export function emptyCounts(): StatusCounts {
  return { ...(Object.fromEntries(SCHEDULE_STATUSES.map((s) => [s, 0])) as Record<ScheduleStatus, number>), total: 0 };
}

export interface Group {
  key: string;
  label: string;
  counts: StatusCounts;
  /** Query parameters that list exactly these items (`/api/items?…&status=`), so every number clicks through. */
  filter: Record<string, string>;
}

/**
 * Counts statuses per group. An item may fall in several groups (several ledgers), or in none, which
 * is then its own "unassigned" group so that no item silently drops out of the totals.
 */
export type GroupKey = Omit<Group, 'counts'>;

export function groupCounts(items: EvaluatedItem[], keysOf: (item: EvaluatedItem) => GroupKey[]): Group[] {
  const groups = new Map<string, Group>();
  for (const evaluated of items) {
    for (const { key, label, filter } of keysOf(evaluated)) {
      const group = groups.get(key) ?? { key, label, counts: emptyCounts(), filter };
      group.counts[evaluated.result.status] += 1;
      group.counts.total += 1;
      groups.set(key, group);
    }
  }
  return [...groups.values()];
}

export function totalCounts(items: EvaluatedItem[]): StatusCounts {
  const counts = emptyCounts();
  for (const { result } of items) {
    counts[result.status] += 1;
    counts.total += 1;
  }
  return counts;
}

/** Items whose responsibility chain lacks its leader or lead department (the item list's `chain=incomplete`). */
export function chainCounts(items: EvaluatedItem[]): { total: number; incomplete: number } {
  const incomplete = items.filter(({ item }) => item.leaderPersonId === null || item.leadDepartmentId === null).length;
  return { total: items.length, incomplete };
}

import { compareScheduleSeverity, SCHEDULE_STATUS_LABELS_ZH } from '@plantrack/domain';
import type { ScheduleStatus } from '@plantrack/domain';
import type { ItemSchedule } from '../../schedule/item-schedules.js';

/**
 * The bulletin's view of lagging items: which are behind now, what changed since the quarter before,
 * and the list of 附件1 grouped by 分管市领导 and 牵头部门.
 */
const LAGGING: readonly ScheduleStatus[] = ['not_reported', 'seriously_behind', 'slightly_behind'];

export interface LaggingItem {
  code: string;
  title: string;
  statusLabel: string;
  reason: string;
  problems: string | null;
  isLaggingTwoQuarters: boolean;
}

export interface LaggingGroup {
  leader: string;
  departments: { department: string; items: LaggingItem[] }[];
}

export function isLagging(schedule: Pick<ItemSchedule, 'status'> | undefined): boolean {
  return schedule !== undefined && LAGGING.includes(schedule.status);
}

/** 新增滞后 (behind now, not before), 连续两个季度滞后 (behind in both), 新完成 (completed now, not before). */
export function changesSince(now: ReadonlyMap<number, Pick<ItemSchedule, 'status'>>, before: ReadonlyMap<number, Pick<ItemSchedule, 'status'>>) {
  const lagging = [...now].filter(([, schedule]) => isLagging(schedule)).map(([id]) => id);
  return {
    newlyLagging: lagging.filter((id) => !isLagging(before.get(id))).length,
    laggingTwoQuarters: lagging.filter((id) => isLagging(before.get(id))).length,
    newlyCompleted: [...now].filter(([id, schedule]) => schedule.status === 'completed' && before.get(id)?.status !== 'completed').length,
  };
}

interface LaggingRow {
  id: number;
  code: string;
  title: string;
  departmentName: string | null;
  leaderName: string | null;
  reportProblems: string | null;
}

interface LaggingEntry {
  leader: string;
  department: string;
  status: ScheduleStatus;
  item: LaggingItem;
}

/** The lagging rows with their schedules, grouped for 附件1. */
export function groupLagging(
  rows: readonly LaggingRow[],
  schedules: ReadonlyMap<number, ItemSchedule>,
  previous: ReadonlyMap<number, ItemSchedule> | null,
): LaggingGroup[] {
  return groupEntries(
    rows.flatMap((row) => {
      const schedule = schedules.get(row.id);
      if (!schedule) return [];
      return [
        {
          leader: row.leaderName ?? UNASSIGNED_LEADER,
          department: row.departmentName ?? UNASSIGNED_DEPARTMENT,
          status: schedule.status,
          item: {
            code: row.code,
            title: row.title,
            statusLabel: SCHEDULE_STATUS_LABELS_ZH[schedule.status],
            reason: schedule.reasonZh,
            problems: row.reportProblems,
            isLaggingTwoQuarters: isLagging(previous?.get(row.id)),
          },
        },
      ];
    }),
  );
}

const UNASSIGNED_LEADER = '未明确分管市领导';
const UNASSIGNED_DEPARTMENT = '未明确牵头部门';

/**
 * Leaders and departments by their count of lagging items (most first; items without one last), items
 * worst first, then by code.
 */
function groupEntries(entries: LaggingEntry[]): LaggingGroup[] {
  const byLeader = new Map<string, Map<string, LaggingEntry[]>>();
  for (const entry of entries) {
    const departments = byLeader.get(entry.leader) ?? new Map<string, LaggingEntry[]>();
    departments.set(entry.department, [...(departments.get(entry.department) ?? []), entry]);
    byLeader.set(entry.leader, departments);
  }
  const size = (departments: Map<string, LaggingEntry[]>) => [...departments.values()].reduce((sum, list) => sum + list.length, 0);
  return [...byLeader]
    .sort(([a, x], [b, y]) => Number(a === UNASSIGNED_LEADER) - Number(b === UNASSIGNED_LEADER) || size(y) - size(x) || a.localeCompare(b, 'zh-CN'))
    .map(([leader, departments]) => ({
      leader,
      departments: [...departments]
        .sort(
          ([a, x], [b, y]) => Number(a === UNASSIGNED_DEPARTMENT) - Number(b === UNASSIGNED_DEPARTMENT) || y.length - x.length || a.localeCompare(b, 'zh-CN'),
        )
        .map(([department, list]) => ({
          department,
          items: list
            .sort((a, b) => compareScheduleSeverity(a.status, b.status) || a.item.code.localeCompare(b.item.code, 'en', { numeric: true }))
            .map((entry) => entry.item),
        })),
    }));
}

/** The schedule statuses of PRODUCT.md with their Chinese names, colours and severity. */

export const SCHEDULE_STATUSES = ['completed', 'on_schedule', 'slightly_behind', 'seriously_behind', 'not_reported', 'not_started'] as const;

export type ScheduleStatus = (typeof SCHEDULE_STATUSES)[number];

export const STATUS_COLOURS = ['green', 'yellow', 'red', 'grey'] as const;
export type StatusColour = (typeof STATUS_COLOURS)[number];

export const SCHEDULE_STATUS_LABELS_ZH = {
  completed: '已完成',
  on_schedule: '序时推进',
  slightly_behind: '略有滞后',
  seriously_behind: '严重滞后',
  not_reported: '未报送',
  not_started: '未启动',
} as const satisfies Record<ScheduleStatus, string>;

export const SCHEDULE_STATUS_LABELS_EN = {
  completed: 'Completed',
  on_schedule: 'On schedule',
  slightly_behind: 'Slightly behind',
  seriously_behind: 'Seriously behind',
  not_reported: 'Not reported',
  not_started: 'Not started',
} as const satisfies Record<ScheduleStatus, string>;

/** Not reported is red too (PRODUCT.md), but listed separately from lagging work. */
export const SCHEDULE_STATUS_COLOURS = {
  completed: 'green',
  on_schedule: 'green',
  slightly_behind: 'yellow',
  seriously_behind: 'red',
  not_reported: 'red',
  not_started: 'grey',
} as const satisfies Record<ScheduleStatus, StatusColour>;

/**
 * Higher is worse, for sorting warning lists worst first. A missing report ranks worst because the
 * office then knows nothing at all; not started ranks between on schedule and yellow because nothing
 * was due yet.
 */
export const SCHEDULE_STATUS_SEVERITY = {
  completed: 0,
  on_schedule: 1,
  not_started: 2,
  slightly_behind: 3,
  seriously_behind: 4,
  not_reported: 5,
} as const satisfies Record<ScheduleStatus, number>;

/** Sort comparator: worst status first. */
export function compareScheduleSeverity(a: ScheduleStatus, b: ScheduleStatus): number {
  return SCHEDULE_STATUS_SEVERITY[b] - SCHEDULE_STATUS_SEVERITY[a];
}

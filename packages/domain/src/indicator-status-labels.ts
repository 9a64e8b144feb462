/** Indicator progress statuses (Open SDG's progress categories) with names, colours and severity. */
import type { StatusColour } from './schedule-status-labels.js';

export const INDICATOR_STATUSES = ['target_met', 'on_track', 'acceleration_needed', 'limited', 'deteriorating', 'insufficient_data'] as const;

export type IndicatorStatus = (typeof INDICATOR_STATUSES)[number];

export const INDICATOR_STATUS_LABELS_ZH = {
  target_met: '已达目标',
  on_track: '按期可达',
  acceleration_needed: '需加快推进',
  limited: '进展有限',
  deteriorating: '逆向变化',
  insufficient_data: '数据不足',
} as const satisfies Record<IndicatorStatus, string>;

export const INDICATOR_STATUS_LABELS_EN = {
  target_met: 'Target met',
  on_track: 'On track',
  acceleration_needed: 'Acceleration needed',
  limited: 'Limited progress',
  deteriorating: 'Deteriorating',
  insufficient_data: 'Insufficient data',
} as const satisfies Record<IndicatorStatus, string>;

/** Limited progress stays yellow (it still moves the right way); only moving away from target is red. */
export const INDICATOR_STATUS_COLOURS = {
  target_met: 'green',
  on_track: 'green',
  acceleration_needed: 'yellow',
  limited: 'yellow',
  deteriorating: 'red',
  insufficient_data: 'grey',
} as const satisfies Record<IndicatorStatus, StatusColour>;

/** Higher is worse. Missing data is not a judgement, so it sorts with the good ones. */
export const INDICATOR_STATUS_SEVERITY = {
  target_met: 0,
  on_track: 1,
  insufficient_data: 2,
  acceleration_needed: 3,
  limited: 4,
  deteriorating: 5,
} as const satisfies Record<IndicatorStatus, number>;

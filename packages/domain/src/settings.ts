/**
 * The tunable numbers behind PRODUCT.md's rules, in one typed object. The defaults are the ones
 * PRODUCT.md names; an office may change them (system settings), so every rule takes them as input
 * instead of hard-coding them.
 */

/** Schedule status: gap = planned − actual, in percentage points. */
export interface ScheduleThresholds {
  /** Gap above this is yellow (略有滞后); at or below it is green (序时推进). */
  yellowGap: number;
  /** Gap above this is red (严重滞后). */
  redGap: number;
}

/** Indicator progress: cut-offs on the growth ratio R (Open SDG / Statistics Canada). */
export interface IndicatorThresholds {
  /** R at or above this is on track. */
  onTrack: number;
  /** R at or above this (and below onTrack) needs acceleration; below it, down to 0, is limited. */
  accelerationNeeded: number;
}

/**
 * Relative weights of the department score components. Only their ratios matter (the total is
 * normalised to 0..100); the defaults add up to 100 so each reads as "points out of 100".
 * Schedule dominates because delivering the plan is the point; reporting on time and well comes next;
 * supervision orders are few, so they weigh least.
 */
export interface DepartmentScoreWeights {
  onSchedule: number;
  timeliness: number;
  quality: number;
  supervision: number;
}

export interface DepartmentScoreSettings {
  weights: DepartmentScoreWeights;
  /**
   * Credit for a supervision order still open but within its reply-by date (closed = 1, overdue = 0):
   * an open order is the normal process, but it still marks a lagging item.
   */
  openOrderCredit: number;
}

/** 争先进位: 1st place full marks, each place lower `stepPercent` % of full marks less. */
export interface RankPointsSettings {
  stepPercent: number;
}

export interface DomainSettings {
  schedule: ScheduleThresholds;
  indicator: IndicatorThresholds;
  departmentScore: DepartmentScoreSettings;
  rankPoints: RankPointsSettings;
}

export const DEFAULT_SETTINGS: DomainSettings = Object.freeze({
  schedule: Object.freeze({ yellowGap: 10, redGap: 30 }),
  indicator: Object.freeze({ onTrack: 0.95, accelerationNeeded: 0.6 }),
  departmentScore: Object.freeze({
    weights: Object.freeze({ onSchedule: 50, timeliness: 20, quality: 20, supervision: 10 }),
    openOrderCredit: 0.5,
  }),
  rankPoints: Object.freeze({ stepPercent: 5 }),
});

/** What an office may store: any subset of the settings, the rest falling back to the defaults. */
export interface SettingsOverrides {
  schedule?: Partial<ScheduleThresholds>;
  indicator?: Partial<IndicatorThresholds>;
  departmentScore?: {
    weights?: Partial<DepartmentScoreWeights>;
    openOrderCredit?: number;
  };
  rankPoints?: Partial<RankPointsSettings>;
}

export function resolveSettings(overrides: SettingsOverrides = {}): DomainSettings {
  const d = DEFAULT_SETTINGS;
  return {
    schedule: { ...d.schedule, ...overrides.schedule },
    indicator: { ...d.indicator, ...overrides.indicator },
    departmentScore: {
      weights: { ...d.departmentScore.weights, ...overrides.departmentScore?.weights },
      openOrderCredit: overrides.departmentScore?.openOrderCredit ?? d.departmentScore.openOrderCredit,
    },
    rankPoints: { ...d.rankPoints, ...overrides.rankPoints },
  };
}

/** Plain-Chinese problems with a settings object (empty when it is usable), for the settings page. */
export function findSettingsProblems(settings: DomainSettings): string[] {
  const problems: string[] = [];
  const { yellowGap, redGap } = settings.schedule;
  if (!(yellowGap >= 0)) problems.push('黄色预警阈值不能为负数');
  if (!(redGap >= yellowGap)) problems.push('红色预警阈值不能小于黄色预警阈值');
  const { onTrack, accelerationNeeded } = settings.indicator;
  if (!(accelerationNeeded >= 0 && onTrack >= accelerationNeeded)) {
    problems.push('指标进度比阈值须满足 0 ≤ 需加快阈值 ≤ 正常阈值');
  }
  const weights = Object.values(settings.departmentScore.weights);
  if (weights.some((w) => !(w >= 0))) problems.push('部门评分权重不能为负数');
  if (!(weights.reduce((sum, w) => sum + w, 0) > 0)) problems.push('部门评分权重之和须大于0');
  const credit = settings.departmentScore.openOrderCredit;
  if (!(credit >= 0 && credit <= 1)) problems.push('未办结督办单得分系数须在0到1之间');
  const step = settings.rankPoints.stepPercent;
  if (!(step >= 0 && step <= 100)) problems.push('位次递减比例须在0到100之间');
  return problems;
}

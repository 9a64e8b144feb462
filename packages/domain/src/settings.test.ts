import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, findSettingsProblems, resolveSettings } from './settings.js';

describe('settings', () => {
  it('defaults to PRODUCT.md’s thresholds: yellow above 10 points, red above 30, R cut-offs 0.95 and 0.60', () => {
    expect(DEFAULT_SETTINGS.schedule).toEqual({ yellowGap: 10, redGap: 30 });
    expect(DEFAULT_SETTINGS.indicator).toEqual({ onTrack: 0.95, accelerationNeeded: 0.6 });
    expect(DEFAULT_SETTINGS.rankPoints.stepPercent).toBe(5);
    expect(findSettingsProblems(DEFAULT_SETTINGS)).toEqual([]);
  });

  it('an office’s overrides replace only what they name', () => {
    const settings = resolveSettings({ schedule: { redGap: 25 }, departmentScore: { weights: { quality: 30 } } });
    expect(settings.schedule).toEqual({ yellowGap: 10, redGap: 25 });
    expect(settings.departmentScore.weights).toEqual({ onSchedule: 50, timeliness: 20, quality: 30, supervision: 10 });
  });

  it('names unusable settings in Chinese', () => {
    const settings = resolveSettings({ schedule: { yellowGap: 40 }, departmentScore: { weights: { onSchedule: -1 } } });
    expect(findSettingsProblems(settings)).toEqual(['红色预警阈值不能小于黄色预警阈值', '部门评分权重不能为负数']);
  });
});

/** Ranks (排名) and rank points (争先进位 位次得分). */
import { roundTo } from './numbers.js';
import { DEFAULT_SETTINGS } from './settings.js';
import type { RankPointsSettings } from './settings.js';

export type Ranked<T> = T & { rank: number | null };

/**
 * Highest total first. Equal totals share a rank and the next rank skips (1, 1, 3), as published
 * rankings do. Rows without a total come last, unranked. Ties keep their input order.
 */
export function rankDepartments<T extends { total: number | null }>(scores: readonly T[]): Ranked<T>[] {
  const scored = scores.filter((s) => s.total !== null).sort((a, b) => (b.total ?? 0) - (a.total ?? 0));
  const ranked = scored.map((row, index) => ({ ...row, rank: index + 1 }));
  ranked.forEach((row, index) => {
    const previous = ranked[index - 1];
    if (previous && previous.total === row.total) row.rank = previous.rank;
  });
  const unranked = scores.filter((s) => s.total === null).map((row) => ({ ...row, rank: null }));
  return [...ranked, ...unranked];
}

/**
 * 争先进位: 1st place gets full marks and each place lower `stepPercent` % of full marks less,
 * never below 0 (with 5%: 16th of 16 cities gets 25%).
 */
export function rankPoints(rank: number, fullMarks: number, settings: RankPointsSettings = DEFAULT_SETTINGS.rankPoints): number {
  if (!Number.isInteger(rank) || rank < 1) throw new RangeError(`not a rank: ${rank}`);
  // In whole percent first, so 5% steps stay exact (100, 95, 90 … not 0.8500000000000001).
  const percent = Math.max(0, 100 - settings.stepPercent * (rank - 1));
  return roundTo((fullMarks * percent) / 100);
}

import type { PlanRow } from './plans.service.js';
import type { AreaRow } from './plans.repository.js';

/** Areas keep their targets as a JSON array of sentences; anything else reads as "no targets". */
function parseTargets(text: string): string[] {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.filter((target): target is string => typeof target === 'string') : [];
  } catch {
    return [];
  }
}

export function presentArea(row: AreaRow) {
  return {
    id: row.id,
    code: row.code,
    numeral: row.numeral,
    title: row.title,
    summary: row.summary,
    targets: parseTargets(row.targets),
    sortOrder: row.sortOrder,
    version: row.version,
    updatedAt: row.updatedAt,
  };
}

/** The plan itself; `isSample` tells the UI to show "示例数据" with `sampleNotice`. */
export function presentPlan(row: PlanRow) {
  return {
    id: row.id,
    code: row.code,
    title: row.title,
    shortTitle: row.shortTitle,
    startYear: row.startYear,
    endYear: row.endYear,
    issuer: row.issuer,
    announced: row.announced,
    implementsTitle: row.implementsTitle,
    implementsDocNo: row.implementsDocNo,
    positioning: row.positioning,
    isSample: row.isSample === 1,
    sampleNotice: row.sampleNotice,
    version: row.version,
    updatedAt: row.updatedAt,
  };
}

import type { Area, Plan } from '@plantrack/contract/plan/plans.contract';
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

export function presentArea(row: AreaRow): Area {
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

/** What generated demonstration data says it is: the start of its plan's notice and every record's source. */
export const DEMO_SOURCE = '演示数据（生成）';

/**
 * The plan itself; `isSample` tells the UI to show a banner with `sampleNotice`, and `sampleKind`
 * which: the public facts of the sample plan (示例数据) or generated demonstration data (演示数据).
 */
export function presentPlan(row: PlanRow): Plan {
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
    sampleKind: row.isSample !== 1 ? null : row.sampleNotice?.startsWith(DEMO_SOURCE) ? ('generated' as const) : ('public_sources' as const),
    sampleNotice: row.sampleNotice,
    version: row.version,
    updatedAt: row.updatedAt,
  };
}

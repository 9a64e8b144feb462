import type { IndicatorThresholds } from '@plantrack/domain';
import { assessIndicatorAsOf } from './assess-indicator.js';
import type { IndicatorListRow, IndicatorValueRow } from './indicators.repository.js';

export function presentIndicatorValue(row: IndicatorValueRow) {
  return {
    id: row.id,
    period: row.period,
    state: row.state,
    value: row.value,
    provincialRank: row.provincialRank,
    note: row.note,
    isDemo: row.isDemo === 1,
    version: row.version,
    updatedAt: row.updatedAt,
  };
}

export function presentIndicator(
  row: IndicatorListRow,
  values: IndicatorValueRow[],
  yearlyTargets: { year: number; value: string }[],
  options: { withSeries: boolean; asOf: string | null; thresholds: IndicatorThresholds },
) {
  const assessment = assessIndicatorAsOf(row, values, options.asOf, options.thresholds);
  // Only approved values count, on the screen as in the rules.
  const latest = values.filter((v) => v.value !== null && v.state === 'approved').at(-1);
  return {
    id: row.id,
    itemId: row.itemId,
    code: row.code,
    name: row.name,
    unit: row.unit,
    direction: row.direction,
    valueKind: row.valueKind,
    area: row.areaCode === null ? null : { code: row.areaCode, numeral: row.areaNumeral, title: row.areaTitle },
    leadDepartment: row.leadDepartmentId === null ? null : { id: row.leadDepartmentId, shortName: row.leadDepartmentShortName },
    dataSourceDepartment: row.dataSourceDepartmentId === null ? null : { id: row.dataSourceDepartmentId, shortName: row.dataSourceDepartmentShortName },
    baseline: row.baselineValue === null ? null : { year: row.baselineYear, value: row.baselineValue, note: row.baselineNote },
    target: { year: row.targetYear, value: row.target, qualifier: row.targetQualifier, rule: row.targetRule, text: row.targetText },
    provinceTarget: row.provinceTarget,
    stretchTarget: row.stretchTarget,
    yearlyTargets,
    latestValue: latest ? presentIndicatorValue(latest) : null,
    assessment: { asOf: options.asOf, ...assessment },
    ...(options.withSeries ? { values: values.map(presentIndicatorValue) } : {}),
    isPublic: row.isPublic === 1,
    isSample: row.isSample === 1,
    version: row.version,
  };
}

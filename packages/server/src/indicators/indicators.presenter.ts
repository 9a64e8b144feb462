import { REPORT_STATE_LABELS_ZH } from '@plantrack/domain';
import type { IndicatorThresholds, ReportState } from '@plantrack/domain';
import type { Indicator, IndicatorValue } from '@plantrack/contract/indicators/indicators.contract';
import type { Actor } from '../auth/actor.js';
import { assessIndicatorAsOf, valueKindOf } from './assess-indicator.js';
import { has } from '../auth/capabilities.js';
import { INDICATORS } from './indicators.policies.js';
import type { IndicatorListRow, IndicatorValueRow } from './indicators.repository.js';

/**
 * What the caller may do with a period's value now; the server checks the same rules again. The
 * office enters values even without a cycle; a closed cycle locks the period for everyone.
 */
export function indicatorValuePolicies(actor: Actor, state: ReportState, cycleStatus: 'open' | 'closed' | null) {
  const isOffice = has(actor, INDICATORS.enterOfficialValues);
  const isWritable = cycleStatus === 'open' || (cycleStatus === null && isOffice);
  const isEditable = state === 'draft' || state === 'returned';
  return {
    canEdit: isWritable && (isOffice || (has(actor, INDICATORS.draftValues) && isEditable)),
    canSubmit: isWritable && has(actor, INDICATORS.submitValues) && isEditable,
    canWithdraw: isWritable && has(actor, INDICATORS.submitValues) && state === 'submitted',
    canReview: isWritable && has(actor, INDICATORS.reviewValues) && state === 'submitted',
  };
}

export type IndicatorValuePolicies = ReturnType<typeof indicatorValuePolicies>;

export function presentIndicatorValue(row: IndicatorValueRow, policies?: IndicatorValuePolicies): IndicatorValue {
  return {
    id: row.id,
    period: row.period,
    state: row.state,
    stateLabel: REPORT_STATE_LABELS_ZH[row.state],
    value: row.value,
    provincialRank: row.provincialRank,
    note: row.note,
    isDemo: row.isDemo === 1,
    submittedAt: row.submittedAt,
    reviewedAt: row.reviewedAt,
    reviewComment: row.reviewComment,
    version: row.version,
    updatedAt: row.updatedAt,
    ...(policies ? { policies } : {}),
  };
}

export function presentIndicator(
  row: IndicatorListRow,
  values: IndicatorValueRow[],
  yearlyTargets: { year: number; value: string }[],
  options: { withSeries: boolean; asOf: string | null; thresholds: IndicatorThresholds; policiesOf?: (value: IndicatorValueRow) => IndicatorValuePolicies },
): Indicator {
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
    valueKind: valueKindOf(row.valueKind),
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
    ...(options.withSeries ? { values: values.map((value) => presentIndicatorValue(value, options.policiesOf?.(value))) } : {}),
    isPublic: row.isPublic === 1,
    isSample: row.isSample === 1,
    retiredAt: row.retiredAt,
    version: row.version,
  };
}

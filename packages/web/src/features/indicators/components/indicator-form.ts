import type { Indicator } from '@plantrack/contract/indicators/indicators.contract';
import type { IndicatorCreate, IndicatorFields } from '../api/indicators.api';

/** The indicator as its form holds it: decimals as the text typed (exact), years as numbers. */
export interface IndicatorFormValues {
  code: string;
  name: string;
  areaCode: string | null;
  leadDepartmentId: number | null;
  leaderPersonId: number | null;
  unit: string;
  direction: Indicator['direction'];
  valueKind: Indicator['valueKind'];
  baselineYear: number | null;
  baselineValue: string;
  targetYear: number | null;
  target: string;
  provinceTarget: string;
  stretchTarget: string;
  yearlyTargets: { year: number | null; value: string }[];
}

export const NEW_INDICATOR_VALUES: Partial<IndicatorFormValues> = { direction: 'higher_better', valueKind: 'level', yearlyTargets: [] };

export function toIndicatorFormValues(indicator: Indicator): IndicatorFormValues {
  return {
    code: indicator.code,
    name: indicator.name,
    areaCode: indicator.area?.code ?? null,
    leadDepartmentId: indicator.leadDepartment?.id ?? null,
    leaderPersonId: null,
    unit: indicator.unit ?? '',
    direction: indicator.direction,
    valueKind: indicator.valueKind,
    baselineYear: indicator.baseline?.year ?? null,
    baselineValue: indicator.baseline?.value ?? '',
    targetYear: indicator.target.year,
    target: indicator.target.value ?? '',
    provinceTarget: indicator.provinceTarget ?? '',
    stretchTarget: indicator.stretchTarget ?? '',
    yearlyTargets: indicator.yearlyTargets,
  };
}

const text = (value: string | undefined) => (value ?? '').trim() || null;

/** The indicator's own fields from the form: empty means "not set". */
export function toIndicatorFields(values: IndicatorFormValues): Required<IndicatorFields> {
  return {
    unit: text(values.unit),
    direction: values.direction,
    valueKind: values.valueKind,
    baselineYear: values.baselineYear ?? null,
    baselineValue: text(values.baselineValue),
    targetYear: values.targetYear ?? null,
    target: text(values.target),
    provinceTarget: text(values.provinceTarget),
    stretchTarget: text(values.stretchTarget),
    yearlyTargets: (values.yearlyTargets ?? [])
      .filter((row): row is { year: number; value: string } => row.year !== null && row.year !== undefined && text(row.value) !== null)
      .map((row) => ({ year: row.year, value: row.value.trim() })),
  };
}

export function toIndicatorCreate(values: IndicatorFormValues): IndicatorCreate {
  return {
    code: values.code.trim(),
    title: values.name.trim(),
    areaCode: values.areaCode ?? null,
    leadDepartmentId: values.leadDepartmentId ?? null,
    leaderPersonId: values.leaderPersonId ?? null,
    indicator: toIndicatorFields(values),
  };
}

/** Only what the office changed is sent, so the history records exactly that. */
export function toIndicatorPatch(indicator: Indicator, values: IndicatorFormValues): IndicatorFields & { version: number } {
  const before = toIndicatorFields(toIndicatorFormValues(indicator));
  const after = toIndicatorFields(values);
  const changed = (Object.keys(after) as (keyof IndicatorFields)[]).filter((key) => JSON.stringify(after[key]) !== JSON.stringify(before[key]));
  return { version: indicator.version, ...Object.fromEntries(changed.map((key) => [key, after[key]])) };
}

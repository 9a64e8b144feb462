import { useMemo } from 'react';
import { periodsOfYears } from '@plantrack/domain';
import { useFormat } from '../i18n/useFormat';

export interface PeriodSelectProps {
  startYear: number;
  endYear: number;
  value: string | undefined;
  onChange: (period: string | undefined) => void;
  label: string;
  /** The empty choice, when the period may be left to the server (e.g. "this quarter"). */
  placeholder?: string;
  allowClear?: boolean;
  /** Quarters not to offer (e.g. those that already have a reporting cycle). */
  exclude?: readonly string[];
}

/**
 * A quarter of the plan (2023年二季度 / 2023 Q2), latest first. A native select: light enough for the
 * home page, and the phone's own picker for leaders on the move.
 */
export function PeriodSelect({ startYear, endYear, value, onChange, label, placeholder, allowClear, exclude }: PeriodSelectProps) {
  const format = useFormat();
  const periods = useMemo(
    () =>
      periodsOfYears(startYear, endYear)
        .reverse()
        .filter((period) => !exclude?.includes(period)),
    [startYear, endYear, exclude],
  );
  return (
    <select className="period-select" aria-label={label} value={value ?? ''} onChange={(event) => onChange(event.target.value || undefined)}>
      {(allowClear || value === undefined) && <option value="">{placeholder ?? ''}</option>}
      {periods.map((period) => (
        <option key={period} value={period}>
          {format.period(period)}
        </option>
      ))}
    </select>
  );
}

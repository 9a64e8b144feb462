import { useMemo } from 'react';
import type { IndicatorStatus, ScheduleStatus } from '@plantrack/domain';
import * as format from './format';
import { useLanguage } from './useLanguage';

/** The formatters of format.ts bound to the interface language. */
export function useFormat() {
  const [language] = useLanguage();
  return useMemo(
    () => ({
      language,
      period: (period: string) => format.formatPeriod(period, language),
      quarterOnly: (period: string) => format.formatQuarterOnly(period, language),
      year: (year: number) => format.formatYear(year, language),
      date: (date: string) => format.formatDate(date, language),
      dateTime: (iso: string) => format.formatDateTime(iso, language),
      percent: format.formatPercent,
      value: (value: string | number | null | undefined, unit: string | null | undefined) => format.formatValue(value, unit, language),
      scheduleStatus: (status: ScheduleStatus) => format.formatScheduleStatus(status, language),
      indicatorStatus: (status: IndicatorStatus) => format.formatIndicatorStatus(status, language),
      reason: (reason: { reasonZh: string; reasonEn: string }) => format.pickReason(reason, language),
      indicatorTime: (time: number) => format.formatIndicatorTime(time, language),
      indicatorAxisYear: (time: number) => format.formatIndicatorAxisYear(time, language),
    }),
    [language],
  );
}

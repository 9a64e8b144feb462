import type { TFunction } from 'i18next';
import { SCHEDULE_STATUSES } from '@plantrack/domain';
import type { ScheduleStatus } from '@plantrack/domain';

/**
 * Turns the history's field names and stored values into words. The keys come from the server at run
 * time, so they are looked up by string with the raw value as the fallback (a field or code added on
 * the server later still shows, untranslated, rather than breaking the page).
 */
export function translateOr(t: TFunction, key: string, fallback: string): string {
  return (t as unknown as (key: string, options: { defaultValue: string }) => string)(key, { defaultValue: fallback });
}

const DATE_FIELDS = new Set(['deadline', 'startDate', 'pilotStageDate', 'replyBy', 'currentDeadline', 'requestedDeadline']);

export interface ValueFormatters {
  t: TFunction;
  date: (date: string) => string;
  scheduleStatus: (status: ScheduleStatus) => string;
}

const isScheduleStatus = (value: string): value is ScheduleStatus => (SCHEDULE_STATUSES as readonly string[]).includes(value);

/** One value of a field as a reader says it: 已审核 rather than approved, 2025年12月31日 rather than 2025-12-31. */
export function formatHistoryValue(field: string, value: string, { t, date, scheduleStatus }: ValueFormatters): string {
  if (DATE_FIELDS.has(field)) return date(value);
  switch (field) {
    case 'state':
      return translateOr(t, `reportStates.${value}`, value);
    case 'progressState':
      return translateOr(t, `progressStates.${value}`, value);
    case 'overrideStatus':
      return isScheduleStatus(value) ? scheduleStatus(value) : value;
    case 'pilotLevel':
      return translateOr(t, `pilot.levels.${value}`, value);
    case 'pilotStage':
      return translateOr(t, `pilot.stages.${value}`, value);
    case 'isPublic':
      return value === 'true' ? t('common.yes') : t('common.no');
    case 'ledgers':
      return value
        .split('、')
        .map((kind) => translateOr(t, `ledgerKinds.${kind}.short`, kind))
        .join(t('common.enumerationComma'));
    case 'status':
      return translateOr(t, `auditLog.history.statuses.${value}`, value);
    case 'level':
      return translateOr(t, `supervision.level.${value}`, value);
    case 'direction':
      return translateOr(t, `auditLog.history.directions.${value}`, value);
    default:
      return value;
  }
}

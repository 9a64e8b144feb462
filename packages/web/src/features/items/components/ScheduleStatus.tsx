import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/useFormat';
import { StatusTag } from '../../../ui/StatusTag';
import type { ItemSchedule } from '@plantrack/contract/items/items.contract';

/** The computed status (序时推进、略有滞后…) and, unless compact, the one sentence that explains it. */
export function ScheduleStatus({ schedule, isCompact }: { schedule: ItemSchedule | null | undefined; isCompact?: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!schedule) return <span className="ledger-cell__empty">—</span>;
  const reason = format.reason(schedule);
  const tag = (
    <StatusTag colour={schedule.colour} title={isCompact ? reason : undefined}>
      {format.scheduleStatus(schedule.status)}
    </StatusTag>
  );
  if (isCompact) return tag;
  return (
    <div className="schedule-status" data-status={schedule.status}>
      <span className="section-hint">{t('schedule.asOf', { period: format.period(schedule.period) })}</span> {tag}
      <p className="schedule-reason">{reason}</p>
    </div>
  );
}

import { useFormat } from '../../../i18n/useFormat';
import { StatusTag } from '../../../ui/StatusTag';
import type { ScheduleOutcome } from '@plantrack/contract/items/items.contract';

/** The status the report would give once approved, and the one sentence that explains it. */
export function ReviewOutcomeStatus({ outcome }: { outcome: ScheduleOutcome }) {
  const format = useFormat();
  return (
    <div className="review-outcome" data-status={outcome.status}>
      <StatusTag colour={outcome.colour}>{format.scheduleStatus(outcome.status)}</StatusTag>
      <span className="review-outcome__reason">{format.reason(outcome)}</span>
    </div>
  );
}

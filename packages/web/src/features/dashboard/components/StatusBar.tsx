import { SCHEDULE_STATUS_COLOURS, SCHEDULE_STATUSES } from '@plantrack/domain';
import type { StatusCounts } from '@plantrack/contract/dashboard/dashboard.contract';

const FILL = { green: '#2f8f4e', yellow: '#e0a100', red: '#c4161c', grey: '#aab2bd' } as const;

/** The red/yellow/green make-up of a group as one bar; the counts beside it carry the meaning in text. */
export function StatusBar({ counts }: { counts: StatusCounts }) {
  if (counts.total === 0) return null;
  return (
    <span className="status-bar" aria-hidden="true">
      {SCHEDULE_STATUSES.filter((status) => counts[status] > 0).map((status) => (
        <span key={status} style={{ width: `${(counts[status] / counts.total) * 100}%`, background: FILL[SCHEDULE_STATUS_COLOURS[status]] }} />
      ))}
    </span>
  );
}

import type { Warning } from '@plantrack/contract/dashboard/dashboard.contract';

/** Where a warning leads: its item or indicator (a supervision order's warning names its item in the text). */
export function linkOfWarning(warning: Warning): string | null {
  if (warning.subject.type === 'item') return `/items/${warning.subject.id}`;
  if (warning.subject.type === 'indicator') return `/indicators/${warning.subject.id}`;
  return null;
}

import type { ScheduleStatus } from '@plantrack/domain';

/** The ledger page listing exactly the items behind a number: the group's filter, a status, the quarter. */
export function itemsLink(filter: Record<string, string>, status: ScheduleStatus | undefined, asOf: string): string {
  // Without a ledger in the group's filter the number counts every item, not only the master ledger's.
  const query = new URLSearchParams({ ledger: 'all', ...filter });
  if (status) query.set('status', status);
  query.set('asOf', asOf);
  return `/ledgers?${query.toString()}`;
}

import { useQuery } from '@tanstack/react-query';
import { fetchUnreadCount, notificationKeys } from '../api/notifications.api';

/** Light polling: once a minute while the tab is visible, and when the user comes back to it. */
const POLL_MS = 60_000;

/** GET /api/notifications?unread=true&pageSize=1 — the bell's badge. */
export function useUnreadCount(options: { enabled: boolean }) {
  return useQuery({
    queryKey: notificationKeys.unread,
    queryFn: ({ signal }) => fetchUnreadCount(signal),
    enabled: options.enabled,
    staleTime: POLL_MS / 2,
    refetchInterval: POLL_MS,
    refetchIntervalInBackground: false,
    refetchOnWindowFocus: true,
  });
}
